using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Orders.Events;

namespace CustomiseYou.Application.Notifications.Rules;

/// <summary>The customer hears of every refund, with the amount of that refund (not the order total).</summary>
public sealed class RefundIssuedRule : NotificationRule<RefundIssued>
{
    protected override Task<IReadOnlyList<NotificationIntent>> MapAsync(RefundIssued refund, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationIntent>>(
        [
            new NotificationIntent(refund.CustomerId, NotificationCategory.Refund, NotificationTemplates.RefundIssued,
                new Dictionary<string, string>(StringComparer.Ordinal) { [TemplateValues.OrderNumber] = TemplateValues.ShortId(refund.OrderId) },
                Money.Of(refund.Amount, refund.Currency)),
        ]);
}
