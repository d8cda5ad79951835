using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.UnitTests.Common;

public sealed class ResultTests
{
    private static readonly Error SomeError = Error.NotFound("thing.not_found", "No such thing.");

    [Fact]
    public void Success_CarriesTheValueAndNoError()
    {
        var result = Result<int>.Success(42);

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(42);
        result.Error.ShouldBeNull();
    }

    [Fact]
    public void Failure_CarriesTheErrorAndIsNotASuccess()
    {
        var result = Result<int>.Failure(SomeError);

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(SomeError);
    }

    [Fact]
    public void Value_OfAFailure_Throws_NamingTheErrorCode()
    {
        var result = Result<string>.Failure(SomeError);

        var exception = Should.Throw<InvalidOperationException>(() => result.Value);

        exception.Message.ShouldContain("thing.not_found");
    }

    [Fact]
    public void AValue_ConvertsImplicitlyToASuccess()
    {
        Result<string> result = "hello";

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe("hello");
    }

    [Fact]
    public void AnError_ConvertsImplicitlyToAFailure()
    {
        Result<string> result = SomeError;

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBeSameAs(SomeError);
    }

    [Fact]
    public void ResultOfSuccess_ConvertsFromSuccessValue()
    {
        Result<Success> result = Success.Value;

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(Success.Value);
    }

    [Fact]
    public void Result_IsAnIResultBase_ForBehavioursThatDoNotKnowT()
    {
        IResultBase failure = Result<int>.Failure(SomeError);
        IResultBase success = Result<int>.Success(1);

        failure.IsSuccess.ShouldBeFalse();
        failure.Error.ShouldBe(SomeError);
        success.IsSuccess.ShouldBeTrue();
        success.Error.ShouldBeNull();
    }

    [Fact]
    public void ValidationError_ListsTheFieldInItsDetails()
    {
        var error = Error.Validation("name.required", "Name is required.", "name");

        error.Type.ShouldBe(ErrorType.Validation);
        error.Details.ShouldContainKey("name");
        error.Details["name"].ShouldBe(["Name is required."]);
    }
}
