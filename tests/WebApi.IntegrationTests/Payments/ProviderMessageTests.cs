using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Payments.PayPal;
using CustomiseYou.Infrastructure.Payments.Razorpay;
using static CustomiseYou.WebApi.IntegrationTests.Payments.RazorpayKit;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>Razorpay's signatures and both providers' events, checked without a host (no database, no stubs).</summary>
public sealed class ProviderMessageTests
{
    private const string Secret = "rzp-secret";

    [Fact]
    public void A_razorpay_callback_signature_verifies_only_for_its_order_payment_and_key_secret()
    {
        var signature = CallbackSignature("order_A", "pay_B", Secret);

        RazorpaySignature.VerifyPayment("order_A", "pay_B", signature, Secret).ShouldBeTrue();
        RazorpaySignature.VerifyPayment("order_A", "pay_B", signature.ToUpperInvariant(), Secret).ShouldBeTrue();
        RazorpaySignature.VerifyPayment("order_A", "pay_C", signature, Secret).ShouldBeFalse();
        RazorpaySignature.VerifyPayment("order_X", "pay_B", signature, Secret).ShouldBeFalse();
        RazorpaySignature.VerifyPayment("order_A", "pay_B", signature, "another-secret").ShouldBeFalse();
        RazorpaySignature.VerifyPayment("order_A", "pay_B", signature[..^2], Secret).ShouldBeFalse();
        RazorpaySignature.VerifyPayment("order_A", "pay_B", "not hex at all", Secret).ShouldBeFalse();
        RazorpaySignature.VerifyPayment("order_A", "pay_B", string.Empty, Secret).ShouldBeFalse();
    }

    [Fact]
    public void A_razorpay_webhook_signature_covers_the_raw_body_byte_for_byte()
    {
        const string body = "{\"event\":\"payment.captured\", \"amount\":100}";
        var signature = Hmac(body, Secret);

        RazorpaySignature.VerifyWebhook(body, signature, Secret).ShouldBeTrue();
        RazorpaySignature.VerifyWebhook(body.Replace(", ", ",", StringComparison.Ordinal), signature, Secret).ShouldBeFalse();
        RazorpaySignature.VerifyWebhook(body, signature, "other").ShouldBeFalse();
    }

    [Fact]
    public void Razorpay_events_are_keyed_by_the_razorpay_order_and_only_payment_events_carry_an_outcome()
    {
        var captured = RazorpayEvents.Parse("evt_1", PaymentEvent("payment.captured", "pay_1", "order_1", 12345, "captured"))!;
        var failed = RazorpayEvents.Parse("evt_2", PaymentEvent("payment.failed", "pay_1", "order_1", 12345, "failed", "Card declined"))!;
        var authorized = RazorpayEvents.Parse("evt_3", PaymentEvent("payment.authorized", "pay_1", "order_1", 12345, "authorized"))!;
        var refund = RazorpayEvents.Parse("evt_4", "{\"event\":\"refund.processed\",\"payload\":{\"refund\":{\"entity\":{\"id\":\"rfnd_1\"}}}}")!;

        captured.Outcome.ShouldBe(PaymentOutcome.Succeeded("order_1", "pay_1", Money.Of(123.45m, "INR")));
        failed.Outcome.ShouldBe(PaymentOutcome.Failed("order_1", "Card declined"));
        authorized.Outcome.ShouldBe(PaymentOutcome.Pending("order_1", "pay_1"));
        refund.ShouldBe(new WebhookEvent("evt_4", "refund.processed", null));
        RazorpayEvents.Parse("evt_5", "not json").ShouldBeNull();
        RazorpayEvents.Parse(null, PaymentEvent("payment.captured", "pay_1", "order_1", 1, "captured"))!.EventId.ShouldStartWith("body-");
    }

    [Fact]
    public void PayPal_events_are_keyed_by_the_paypal_order_and_amounts_are_read_and_written_with_the_currency_digits()
    {
        var completed = PayPalEvents.Parse(Root(PayPalKit.CaptureEvent("PAYMENT.CAPTURE.COMPLETED", "ORDER1", 1234.5m, "COMPLETED")))!;
        var denied = PayPalEvents.Parse(Root(PayPalKit.CaptureEvent("PAYMENT.CAPTURE.DENIED", "ORDER1", 10m, "DECLINED")))!;
        var approved = PayPalEvents.Parse(Root(PayPalKit.ApprovedEvent("ORDER1")))!;
        var other = PayPalEvents.Parse(Root(PayPalKit.Event("BILLING.PLAN.CREATED", new { id = "P-1" }, id: "WH-9")))!;

        completed.Outcome.ShouldBe(PaymentOutcome.Succeeded("ORDER1", "CAPTURE-ORDER1", Money.Of(1234.50m, "INR")));
        denied.Outcome!.Kind.ShouldBe(PaymentOutcomeKind.Failed);
        approved.Outcome.ShouldBe(PaymentOutcome.Pending("ORDER1", "ORDER1"));
        other.ShouldBe(new WebhookEvent("WH-9", "BILLING.PLAN.CREATED", null));
        PayPalEvents.Parse(Root("{\"event_type\":\"PAYMENT.CAPTURE.COMPLETED\"}")).ShouldBeNull();
        PayPalEvents.Format(Money.Of(25m, "INR")).ShouldBe("25.00");
        PayPalEvents.Format(Money.Of(1999m, "JPY")).ShouldBe("1999");
        PayPalEvents.Format(Money.Of(0.0125m, "EUR")).ShouldBe("0.01");
    }

    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;
}
