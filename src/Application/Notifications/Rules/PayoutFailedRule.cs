using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Payouts.Events;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Application.Notifications.Rules;

/// <summary>
/// The region's admins hear of a payout that failed after its last retry, with the provider's reason: the seller's
/// money is back in its balance and someone has to fix the payout account before the next run.
/// </summary>
public sealed class PayoutFailedRule(ISellerRepository sellers, IUserRepository users) : NotificationRule<PayoutFailed>
{
    protected override async Task<IReadOnlyList<NotificationIntent>> MapAsync(PayoutFailed failed, CancellationToken cancellationToken)
    {
        var seller = await sellers.GetByIdAsync(failed.SellerId, cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TemplateValues.BusinessName] = seller?.BusinessName ?? failed.SellerId.ToString(),
            [TemplateValues.Reference] = failed.PayoutId.ToString(),
            [TemplateValues.Reason] = failed.Reason,
        };
        var admins = await users.ListIdsInRoleAsync(Roles.Admin, cancellationToken);
        return [.. admins.Select(admin => new NotificationIntent(admin, NotificationCategory.Payout, NotificationTemplates.PayoutFailed, values))];
    }
}
