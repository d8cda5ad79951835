using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.UnitTests.Common;

public sealed class ResultTests
{
    private static readonly Error SomeError = Error.NotFound("thing.not_found", "No such thing.");

    [Fact]
    public void Success_carries_the_value_and_no_error()
    {
        var result = Result<int>.Success(42);

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(42);
        result.Error.ShouldBeNull();
    }

    [Fact]
    public void Failure_carries_the_error_and_is_not_a_success()
    {
        var result = Result<int>.Failure(SomeError);

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(SomeError);
    }

    [Fact]
    public void Value_of_a_failure_throws_naming_the_error_code()
    {
        var result = Result<string>.Failure(SomeError);

        var exception = Should.Throw<InvalidOperationException>(() => result.Value);

        exception.Message.ShouldContain("thing.not_found");
    }

    [Fact]
    public void A_value_converts_implicitly_to_a_success()
    {
        Result<string> result = "hello";

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe("hello");
    }

    [Fact]
    public void An_error_converts_implicitly_to_a_failure()
    {
        Result<string> result = SomeError;

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBeSameAs(SomeError);
    }

    [Fact]
    public void Result_of_success_converts_from_success_value()
    {
        Result<Success> result = Success.Value;

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(Success.Value);
    }

    [Fact]
    public void Result_is_an_i_result_base_for_behaviours_that_do_not_know_t()
    {
        IResultBase failure = Result<int>.Failure(SomeError);
        IResultBase success = Result<int>.Success(1);

        failure.IsSuccess.ShouldBeFalse();
        failure.Error.ShouldBe(SomeError);
        success.IsSuccess.ShouldBeTrue();
        success.Error.ShouldBeNull();
    }

    [Fact]
    public void Validation_error_lists_the_field_in_its_details()
    {
        var error = Error.Validation("name.required", "Name is required.", "name");

        error.Type.ShouldBe(ErrorType.Validation);
        error.Details.ShouldContainKey("name");
        error.Details["name"].ShouldBe(["Name is required."]);
    }
}
