using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Application.Identity.Common;

/// <summary>
/// Issues a code for a target and sends it, throttled to one per minute and five per hour per target. Its callers commit
/// themselves, after the send: no connection waits in a transaction on SendGrid or Twilio.
/// </summary>
public sealed class OneTimeCodeSender(IOneTimeCodeRepository codes, IEmailSender email, ISmsSender sms, TimeProvider clock)
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(60);
    public const int MaxPerHour = 5;

    public async Task<Result<Success>> SendAsync(Guid userId, OneTimeCodePurpose purpose, string target, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // A lock holds for the target, not just for one code: asking for a fresh code must not reset the guesses.
        if (await codes.GetLatestAsync(purpose, target, cancellationToken) is { } latest && latest.IsLocked(now))
        {
            return OneTimeCodeErrors.Locked(latest.LockedUntil!.Value);
        }

        var recent = await codes.GetIssuedSinceAsync(purpose, target, now.AddHours(-1), cancellationToken);
        if (recent.Count > 0 && recent.Max() + MinimumInterval > now)
        {
            return OneTimeCodeErrors.Throttled(recent.Max() + MinimumInterval);
        }

        if (recent.Count >= MaxPerHour)
        {
            return OneTimeCodeErrors.Throttled(recent.Min().AddHours(1));
        }

        var code = SecretHash.NewSixDigitCode();
        codes.Add(OneTimeCode.Issue(Guid.CreateVersion7(), userId, purpose, target, SecretHash.Of(code), now));
        var minutes = (int)OneTimeCode.Lifetime.TotalMinutes;
        if (purpose == OneTimeCodePurpose.EmailVerification)
        {
            await email.SendAsync(
                new EmailMessage(
                    target,
                    $"Your CustomiseYou code: {code}",
                    $"Your CustomiseYou verification code is {code}. It expires in {minutes} minutes. If you did not ask for it, ignore this email.",
                    $"<p>Your CustomiseYou verification code is <strong>{code}</strong>.</p>"
                    + $"<p>It expires in {minutes} minutes. If you did not ask for it, ignore this email.</p>"),
                cancellationToken);
        }
        else
        {
            await sms.SendAsync(new SmsMessage(target, $"Your CustomiseYou code is {code}. It expires in {minutes} minutes."), cancellationToken);
        }

        return Success.Value;
    }
}
