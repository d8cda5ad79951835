using CustomiseYou.Application.Common.Models;

namespace CustomiseYou.Application.Payments.RefundOrder;

public sealed record RefundDto(
    Guid RefundId, Guid OrderId, MoneyDto Amount, MoneyDto FeeReversed, MoneyDto SellerShareReversed, MoneyDto OrderRefundedTotal);
