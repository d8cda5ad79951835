using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Payments;

/// <summary>
/// How a refund of one order divides between the platform's fee and the seller's share. The split is computed on the
/// running total (fee reversed so far = round(refunded so far × fee ÷ total)), so partial refunds never drift: once the
/// whole order is refunded, exactly the whole fee and the whole seller share have been reversed.
/// </summary>
public static class RefundSplit
{
    public static (Money Fee, Money SellerShare) For(Money orderTotal, Money orderFee, Money refundedBefore, Money feeReversedBefore, Money refund)
    {
        if (refund.Amount <= 0m)
        {
            throw new DomainException(Error.Validation("refund.amount_not_positive", "A refund needs a positive amount.", "amount"));
        }

        if (refundedBefore + refund > orderTotal)
        {
            throw new DomainException(Error.Rule(
                "refund.exceeds_order", $"At most {orderTotal - refundedBefore} of this order can still be refunded."));
        }

        var feeReversedAfter = (orderFee * ((refundedBefore + refund).Amount / orderTotal.Amount)).Round();
        var fee = feeReversedAfter - feeReversedBefore;
        return (fee, refund - fee);
    }
}
