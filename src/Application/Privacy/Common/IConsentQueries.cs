using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

public sealed record MarketingChannelsDto(bool Email, bool Sms, bool Push);

public sealed record ConsentChangeDto(
    ConsentPurpose Purpose, bool Granted, DateTimeOffset At, string Source, string? UserAgent, string PolicyVersion);

/// <summary>
/// A person's consents now (<see cref="Marketing"/> is true when any channel is on) under the policy version in force,
/// and every change, newest first.
/// </summary>
public sealed record ConsentsDto(
    bool Marketing,
    MarketingChannelsDto MarketingChannels,
    bool Analytics,
    string PolicyVersion,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<ConsentChangeDto> History)
{
    /// <summary>From every change, newest first: each purpose's newest answer counts; none means not granted.</summary>
    public static ConsentsDto FromHistory(IReadOnlyList<ConsentChangeDto> history, string policyVersion)
    {
        var channels = new MarketingChannelsDto(
            CurrentlyGranted(history, ConsentPurpose.MarketingEmail),
            CurrentlyGranted(history, ConsentPurpose.MarketingSms),
            CurrentlyGranted(history, ConsentPurpose.MarketingPush));
        return new ConsentsDto(
            channels.Email || channels.Sms || channels.Push, channels, CurrentlyGranted(history, ConsentPurpose.Analytics), policyVersion,
            history.Count > 0 ? history[0].At : null, history);
    }

    /// <summary>The purpose's newest answer; null when it was never asked.</summary>
    public static bool? LatestAnswer(IReadOnlyList<ConsentChangeDto> history, ConsentPurpose purpose) =>
        history.FirstOrDefault(h => h.Purpose == purpose)?.Granted;

    private static bool CurrentlyGranted(IReadOnlyList<ConsentChangeDto> history, ConsentPurpose purpose) => LatestAnswer(history, purpose) == true;
}

/// <summary>
/// Consents of the current tenant. No rule sends marketing yet (every notification rule is transactional); one that
/// does must ask <see cref="IsGrantedAsync"/> for the channel's purpose before each message, on top of the person's
/// notification preferences: no answer, a withdrawal or an erased account all mean no.
/// </summary>
public interface IConsentQueries
{
    Task<bool> IsGrantedAsync(Guid userId, ConsentPurpose purpose, CancellationToken cancellationToken);

    Task<ConsentsDto> GetAsync(Guid userId, CancellationToken cancellationToken);
}
