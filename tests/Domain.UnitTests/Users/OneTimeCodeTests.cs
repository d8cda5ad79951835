using CustomiseYou.Domain.Users;

namespace CustomiseYou.Domain.UnitTests.Users;

public sealed class OneTimeCodeTests
{
    private const string RightHash = "RIGHT";
    private const string WrongHash = "WRONG";
    private static readonly DateTimeOffset Issued = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issue_expires_ten_minutes_later()
    {
        var code = NewCode();

        code.ExpiresAt.ShouldBe(Issued.AddMinutes(10));
        code.FailedAttempts.ShouldBe(0);
        code.IsLocked(Issued).ShouldBeFalse();
    }

    [Fact]
    public void Verify_the_right_code_just_before_expiry_succeeds_and_consumes_it()
    {
        var code = NewCode();
        var at = Issued.AddMinutes(10).AddTicks(-1);

        code.Verify(RightHash, at).IsSuccess.ShouldBeTrue();

        code.ConsumedAt.ShouldBe(at);
    }

    [Theory]
    [InlineData(10 * 60)]
    [InlineData(10 * 60 + 1)]
    [InlineData(60 * 60)]
    public void Verify_the_right_code_at_or_after_ten_minutes_is_invalid(int secondsAfterIssue)
    {
        var code = NewCode();

        var result = code.Verify(RightHash, Issued.AddSeconds(secondsAfterIssue));

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Code.ShouldBe("otp.invalid");
        code.ConsumedAt.ShouldBeNull();
    }

    [Fact]
    public void Verify_a_consumed_code_is_invalid()
    {
        var code = NewCode();
        code.Verify(RightHash, Issued.AddMinutes(1)).IsSuccess.ShouldBeTrue();

        code.Verify(RightHash, Issued.AddMinutes(2)).Error!.Code.ShouldBe("otp.invalid");
    }

    [Fact]
    public void Verify_a_wrong_code_is_invalid_on_the_code_field_and_counts_an_attempt()
    {
        var code = NewCode();

        var result = code.Verify(WrongHash, Issued.AddMinutes(1));

        result.Error!.Code.ShouldBe("otp.invalid");
        result.Error.Details.Keys.ShouldBe(["code"]);
        code.FailedAttempts.ShouldBe(1);
        code.LockedUntil.ShouldBeNull();
    }

    [Fact]
    public void Verify_four_wrong_codes_then_the_right_one_succeeds()
    {
        var code = NewCode();
        for (var i = 0; i < 4; i++)
        {
            code.Verify(WrongHash, Issued.AddMinutes(1)).Error!.Code.ShouldBe("otp.invalid");
        }

        code.Verify(RightHash, Issued.AddMinutes(2)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Verify_the_fifth_wrong_code_locks_for_fifteen_minutes()
    {
        var code = NewCode();
        var fifthAt = Issued.AddMinutes(3);
        for (var i = 0; i < 4; i++)
        {
            code.Verify(WrongHash, Issued.AddMinutes(1));
        }

        var result = code.Verify(WrongHash, fifthAt);

        result.Error!.Code.ShouldBe("otp.locked");
        result.Error.RetryAt.ShouldBe(fifthAt.AddMinutes(15));
        code.LockedUntil.ShouldBe(fifthAt.AddMinutes(15));
        code.IsLocked(fifthAt).ShouldBeTrue();
        code.IsLocked(fifthAt.AddMinutes(15).AddTicks(-1)).ShouldBeTrue();
    }

    [Fact]
    public void Verify_while_locked_refuses_even_the_right_code_without_counting_or_extending_the_lock()
    {
        var code = LockedCode(out var lockedAt);

        var result = code.Verify(RightHash, lockedAt.AddMinutes(1));

        result.Error!.Code.ShouldBe("otp.locked");
        result.Error.RetryAt.ShouldBe(lockedAt.AddMinutes(15));
        code.Verify(WrongHash, lockedAt.AddMinutes(2)).Error!.Code.ShouldBe("otp.locked");
        code.FailedAttempts.ShouldBe(5);
        code.LockedUntil.ShouldBe(lockedAt.AddMinutes(15));
        code.ConsumedAt.ShouldBeNull();
    }

    [Fact]
    public void The_lock_ends_after_fifteen_minutes_and_the_now_expired_code_is_then_merely_invalid()
    {
        var code = LockedCode(out var lockedAt);
        var unlockedAt = lockedAt.AddMinutes(15);

        code.IsLocked(unlockedAt).ShouldBeFalse();
        var result = code.Verify(RightHash, unlockedAt);

        result.Error!.Code.ShouldBe("otp.invalid", "no longer locked, but ten minutes have passed so the code expired");
    }

    private static OneTimeCode NewCode() =>
        OneTimeCode.Issue(Guid.NewGuid(), Guid.NewGuid(), OneTimeCodePurpose.EmailVerification, "a@example.com", RightHash, Issued);

    private static OneTimeCode LockedCode(out DateTimeOffset lockedAt)
    {
        var code = NewCode();
        lockedAt = Issued.AddMinutes(1);
        for (var i = 0; i < OneTimeCode.MaxAttempts; i++)
        {
            code.Verify(WrongHash, lockedAt);
        }

        code.IsLocked(lockedAt).ShouldBeTrue();
        return code;
    }
}
