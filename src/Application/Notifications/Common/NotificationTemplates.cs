namespace CustomiseYou.Application.Notifications.Common;

/// <summary>
/// Template keys. Every key has a text in the shared English catalog (Infrastructure/Notifications/Templates), which
/// a test checks, and translations where a region speaks the language.
/// </summary>
public static class NotificationTemplates
{
    public const string OrderPlaced = "order.placed";
    public const string OrderPaid = "order.paid";
    public const string OrderShipped = "order.shipped";
    public const string OrderDelivered = "order.delivered";
    public const string OrderCancelled = "order.cancelled";
    public const string OrderCancelledRefundDue = "order.cancelled_refund_due";
    public const string OrderPaymentExpired = "order.payment_expired";
    public const string KycVerified = "kyc.verified";
    public const string KycRejected = "kyc.rejected";
    public const string RefundIssued = "refund.issued";
    public const string PayoutSent = "payout.sent";
    public const string PayoutFailed = "payout.failed";

    public static readonly IReadOnlyList<string> All =
    [
        OrderPlaced, OrderPaid, OrderShipped, OrderDelivered, OrderCancelled, OrderCancelledRefundDue, OrderPaymentExpired,
        KycVerified, KycRejected, RefundIssued, PayoutSent, PayoutFailed,
    ];
}
