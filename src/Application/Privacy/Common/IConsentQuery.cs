using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

public sealed record MarketingChannelsDto(bool Email, bool Sms, bool Push);

public sealed record ConsentChangeDto(ConsentPurpose Purpose, bool Granted, DateTimeOffset At, string Source, string? UserAgent, string PolicyVersion);

/// <summary>
/// A person's consents now (<see cref="Marketing"/> is true when any channel is on) under the policy version in force,
/// and every change, newest first.
/// </summary>
public sealed record ConsentsDto(
    bool Marketing, MarketingChannelsDto MarketingChannels, bool Analytics, string PolicyVersion, DateTimeOffset? UpdatedAt, IReadOnlyList<ConsentChangeDto> History);

/// <summary>
/// Consents of the current tenant. Senders of marketing (notifications) ask <see cref="IsGrantedAsync"/> before every
/// message: no answer, a withdrawal or an erased account all mean no.
/// </summary>
public interface IConsentQuery
{
    Task<bool> IsGrantedAsync(Guid userId, ConsentPurpose purpose, CancellationToken cancellationToken);

    Task<ConsentsDto> GetAsync(Guid userId, CancellationToken cancellationToken);
}
