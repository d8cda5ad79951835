using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.UpdateMyConsents;

public sealed class UpdateMyConsentsHandler(
    IConsentRepository records, IConsentQuery consents, ICurrentUser currentUser, IClientInfo client, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<UpdateMyConsentsCommand, ConsentsDto>
{
    public const string Source = "api";

    public async ValueTask<ConsentsDto> Handle(UpdateMyConsentsCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var before = await consents.GetAsync(userId, cancellationToken);
        var answered = before.History.Select(h => h.Purpose).ToHashSet();
        var current = new Dictionary<ConsentPurpose, bool>
        {
            [ConsentPurpose.MarketingEmail] = before.MarketingChannels.Email,
            [ConsentPurpose.MarketingSms] = before.MarketingChannels.Sms,
            [ConsentPurpose.MarketingPush] = before.MarketingChannels.Push,
            [ConsentPurpose.Analytics] = before.Analytics,
        };
        var asked = new Dictionary<ConsentPurpose, bool?>
        {
            [ConsentPurpose.MarketingEmail] = command.MarketingChannels?.Email ?? command.Marketing,
            [ConsentPurpose.MarketingSms] = command.MarketingChannels?.Sms ?? command.Marketing,
            [ConsentPurpose.MarketingPush] = command.MarketingChannels?.Push ?? command.Marketing,
            [ConsentPurpose.Analytics] = command.Analytics,
        };

        var now = clock.GetUtcNow();
        var policy = tenant.Tenant.Privacy.PolicyVersion;
        var changes = new List<ConsentChangeDto>();
        foreach (var (purpose, granted) in asked)
        {
            if (granted is not { } value || (answered.Contains(purpose) && current[purpose] == value))
            {
                continue;
            }

            var record = ConsentRecord.Record(userId, purpose, value, now, Source, client.UserAgent, policy);
            records.Add(record);
            current[purpose] = value;
            changes.Add(new ConsentChangeDto(purpose, value, now, Source, record.UserAgent, policy));
        }

        var channels = new MarketingChannelsDto(current[ConsentPurpose.MarketingEmail], current[ConsentPurpose.MarketingSms], current[ConsentPurpose.MarketingPush]);
        return new ConsentsDto(
            channels.Email || channels.Sms || channels.Push, channels, current[ConsentPurpose.Analytics], policy,
            changes.Count > 0 ? now : before.UpdatedAt, [.. changes, .. before.History]);
    }
}
