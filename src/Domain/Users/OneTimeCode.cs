using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Users;

/// <summary>
/// A six-digit code sent to an email address or phone, stored only as a hash. It expires after ten minutes;
/// five wrong attempts lock verification for the target for fifteen minutes.
/// </summary>
public sealed class OneTimeCode : AggregateRoot<Guid>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);
    public const int MaxAttempts = 5;

    private OneTimeCode(Guid id, Guid userId, OneTimeCodePurpose purpose, string target, string codeHash, DateTimeOffset createdAt)
        : base(id)
    {
        UserId = userId;
        Purpose = purpose;
        Target = target;
        CodeHash = codeHash;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + Lifetime;
    }

    public Guid UserId { get; private set; }

    public OneTimeCodePurpose Purpose { get; private set; }

    /// <summary>The normalised email address or E.164 phone number the code was sent to.</summary>
    [PersonalData(PersonalDataCategory.Contact)]
    public string Target { get; private set; }

    [PersonalData(PersonalDataCategory.Technical)]
    public string CodeHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset? ConsumedAt { get; private set; }

    public static OneTimeCode Issue(Guid id, Guid userId, OneTimeCodePurpose purpose, string target, string codeHash, DateTimeOffset now) =>
        new(id, userId, purpose, target, codeHash, now);

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && now < until;

    /// <summary>Checks a submitted code's hash. A wrong code counts; the fifth locks the code for fifteen minutes.</summary>
    public Result<Success> Verify(string submittedHash, DateTimeOffset now)
    {
        if (IsLocked(now))
        {
            return OneTimeCodeErrors.Locked(LockedUntil!.Value);
        }

        if (ConsumedAt is not null || now >= ExpiresAt)
        {
            return OneTimeCodeErrors.Invalid;
        }

        if (!string.Equals(submittedHash, CodeHash, StringComparison.Ordinal))
        {
            FailedAttempts++;
            if (FailedAttempts >= MaxAttempts)
            {
                LockedUntil = now + LockDuration;
                return OneTimeCodeErrors.Locked(LockedUntil.Value);
            }

            return OneTimeCodeErrors.Invalid;
        }

        ConsumedAt = now;
        return Success.Value;
    }
}

public static class OneTimeCodeErrors
{
    public static readonly Error Invalid = Error.Validation("otp.invalid", "The code is wrong or has expired.", "code");

    public static Error Locked(DateTimeOffset until) =>
        new("otp.locked", "Too many wrong codes. Try again later.", ErrorType.TooManyRequests) { RetryAt = until };

    public static Error Throttled(DateTimeOffset retryAt) =>
        new("otp.throttled", "A code was sent recently. Wait before asking for another.", ErrorType.TooManyRequests) { RetryAt = retryAt };
}
