using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Sellers.Events;

namespace CustomiseYou.Application.Notifications.Rules;

/// <summary>The shop's owner hears of a KYC decision; a rejection carries the reviewer's reason.</summary>
public sealed class SellerKycChangedRule(ISellerRepository sellers) : NotificationRule<SellerKycChanged>
{
    protected override async Task<IReadOnlyList<NotificationIntent>> MapAsync(SellerKycChanged changed, CancellationToken cancellationToken)
    {
        if (changed.Status is not (KycStatus.Verified or KycStatus.Rejected)
            || await sellers.GetByIdAsync(changed.SellerId, cancellationToken) is not { } seller)
        {
            return [];
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [TemplateValues.BusinessName] = seller.BusinessName };
        if (changed.Status == KycStatus.Rejected)
        {
            // From the decision itself: by dispatch time a newer decision may have replaced the seller's current reason.
            values[TemplateValues.Reason] = seller.KycHistory
                .Where(d => d.Status == KycStatus.Rejected && d.At <= changed.OccurredAt)
                .MaxBy(d => d.At)?.Reason ?? "";
        }

        var template = changed.Status == KycStatus.Verified ? NotificationTemplates.KycVerified : NotificationTemplates.KycRejected;
        return [new NotificationIntent(seller.OwnerUserId, NotificationCategory.Kyc, template, values)];
    }
}
