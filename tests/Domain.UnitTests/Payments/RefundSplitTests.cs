using System.Globalization;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Domain.UnitTests.Payments;

public sealed class RefundSplitTests
{
    [Theory]
    [InlineData("INR", "999.99", "120.00", new[] { "333.33", "333.33", "333.33" })]
    [InlineData("EUR", "33.33", "3.33", new[] { "10.01", "23.32" })]
    [InlineData("EUR", "0.03", "0.01", new[] { "0.01", "0.01", "0.01" })]
    [InlineData("INR", "1499.00", "179.88", new[] { "0.01", "1498.99" })]
    public void Partial_refunds_reverse_exactly_the_whole_fee_and_share_once_the_order_is_refunded(
        string currency, string total, string fee, string[] refunds)
    {
        // Amounts as text: attributes cannot hold decimals, and money never passes through double.
        var orderTotal = Money.Of(decimal.Parse(total, CultureInfo.InvariantCulture), currency);
        var orderFee = Money.Of(decimal.Parse(fee, CultureInfo.InvariantCulture), currency);
        var refunded = Money.Zero(currency);
        var feeReversed = Money.Zero(currency);
        var shareReversed = Money.Zero(currency);

        foreach (var amount in refunds.Select(r => Money.Of(decimal.Parse(r, CultureInfo.InvariantCulture), currency)))
        {
            var (feePart, sharePart) = RefundSplit.For(orderTotal, orderFee, refunded, feeReversed, amount);
            (feePart + sharePart).ShouldBe(amount);
            feePart.Round().ShouldBe(feePart, "each part is in whole minor units");
            refunded += amount;
            feeReversed += feePart;
            shareReversed += sharePart;
        }

        feeReversed.ShouldBe(orderFee);
        shareReversed.ShouldBe(orderTotal - orderFee);
    }

    [Fact]
    public void Refunding_more_than_is_left_or_nothing_is_refused()
    {
        var total = Money.Of(100m, "EUR");
        var fee = Money.Of(10m, "EUR");

        Should.Throw<DomainException>(() => RefundSplit.For(total, fee, Money.Of(90m, "EUR"), Money.Of(9m, "EUR"), Money.Of(10.01m, "EUR")))
            .Error.Code.ShouldBe("refund.exceeds_order");
        Should.Throw<DomainException>(() => RefundSplit.For(total, fee, Money.Zero("EUR"), Money.Zero("EUR"), Money.Zero("EUR")))
            .Error.Code.ShouldBe("refund.amount_not_positive");
    }
}
