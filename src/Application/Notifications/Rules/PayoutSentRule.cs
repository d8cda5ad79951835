using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Payouts.Events;
using CustomiseYou.Domain.Sellers;

namespace CustomiseYou.Application.Notifications.Rules;

/// <summary>The shop's owner hears of each payout sent, with its amount and a reference to quote.</summary>
public sealed class PayoutSentRule(ISellerRepository sellers) : NotificationRule<PayoutSent>
{
    protected override async Task<IReadOnlyList<NotificationIntent>> MapAsync(PayoutSent sent, CancellationToken cancellationToken)
    {
        if (await sellers.GetByIdAsync(sent.SellerId, cancellationToken) is not { } seller)
        {
            return [];
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TemplateValues.BusinessName] = seller.BusinessName,
            [TemplateValues.Reference] = $"{sent.Period}-{TemplateValues.ShortId(sent.PayoutId)}",
        };
        return [new NotificationIntent(
            seller.OwnerUserId, NotificationCategory.Payout, NotificationTemplates.PayoutSent, values, Money.Of(sent.Amount, sent.Currency))];
    }
}
