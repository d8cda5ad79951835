using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payments.Events;

namespace CustomiseYou.Domain.UnitTests.Payments;

public sealed class PaymentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static Payment NewPayment(decimal amount = 50m) =>
        Payment.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PaymentProvider.Stripe, "pi_1", Money.Of(amount, "EUR"), Now);

    [Fact]
    public void A_payment_succeeds_once_and_a_later_failure_changes_nothing()
    {
        var payment = NewPayment();

        payment.Succeed("ch_1", Money.Of(50m, "EUR"), Now).ShouldBeTrue();
        payment.Succeed("ch_2", Money.Of(50m, "EUR"), Now).ShouldBeFalse();
        payment.Fail("late", Now).ShouldBeFalse();

        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        payment.ChargeReference.ShouldBe("ch_1");
        payment.DomainEvents.OfType<PaymentSucceeded>().Count().ShouldBe(1);
    }

    [Fact]
    public void A_failure_is_recorded_and_the_customer_can_still_pay()
    {
        var payment = NewPayment();

        payment.Fail("Your card was declined.", Now).ShouldBeTrue();
        payment.FailureReason.ShouldBe("Your card was declined.");
        payment.Succeed("ch_1", Money.Of(50m, "EUR"), Now).ShouldBeTrue();
        payment.FailureReason.ShouldBeNull();
    }

    [Fact]
    public void A_success_for_another_amount_is_refused()
    {
        Should.Throw<DomainException>(() => NewPayment().Succeed("ch_1", Money.Of(49.99m, "EUR"), Now))
            .Error.Code.ShouldBe("payment.amount_mismatch");
    }

    [Fact]
    public void Refunds_need_a_capture_and_never_exceed_it()
    {
        var payment = NewPayment();
        Should.Throw<DomainException>(() => payment.RecordRefund(Money.Of(1m, "EUR"))).Error.Code.ShouldBe("refund.not_captured");

        payment.Succeed("ch_1", Money.Of(50m, "EUR"), Now);
        payment.RecordRefund(Money.Of(20m, "EUR"));
        Should.Throw<DomainException>(() => payment.RecordRefund(Money.Of(30.01m, "EUR"))).Error.Code.ShouldBe("refund.exceeds_captured");
        payment.RecordRefund(Money.Of(30m, "EUR"));

        payment.Refundable.ShouldBe(Money.Zero("EUR"));
    }
}
