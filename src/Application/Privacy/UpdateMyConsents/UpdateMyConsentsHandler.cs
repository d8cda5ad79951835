using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.UpdateMyConsents;

public sealed class UpdateMyConsentsHandler(
    IConsentRepository records, IConsentQueries consents, ICurrentUser currentUser, IClientInfo client, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<UpdateMyConsentsCommand, ConsentsDto>
{
    public const string Source = "api";

    public async ValueTask<ConsentsDto> Handle(UpdateMyConsentsCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var before = await consents.GetAsync(userId, cancellationToken);
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
            // A first answer is recorded even when it is "no" (nothing was answered before); a later one only when it changes.
            if (granted is not { } value || ConsentsDto.LatestAnswer(before.History, purpose) == value)
            {
                continue;
            }

            var record = ConsentRecord.Record(userId, purpose, value, now, Source, client.UserAgent, policy);
            records.Add(record);
            changes.Add(new ConsentChangeDto(purpose, value, now, Source, record.UserAgent, policy));
        }

        return ConsentsDto.FromHistory([.. changes, .. before.History], policy);
    }
}
