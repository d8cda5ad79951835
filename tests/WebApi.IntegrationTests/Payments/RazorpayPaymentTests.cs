using System.Net;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Application.Payments.HandleWebhook;
using CustomiseYou.Application.Payments.RefundOrder;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Payments.PaymentTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Payments.RazorpayKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

using PlacedCheckout = CustomiseYou.WebApi.IntegrationTests.Payments.PaymentTestKit.PlacedCheckout;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

[Collection(ApiCollection.Name)]
public sealed class RazorpayPaymentTests(ApiFactory api) : IDisposable
{
    private const string Tenant = "south-asia";

    public void Dispose() => api.Providers.Reset();

    private static string OrderId(Guid checkoutId) => ProviderStubs.RazorpayOrderId(checkoutId);

    [Fact]
    public async Task Checkout_creates_one_razorpay_order_in_paise_with_a_held_transfer_per_linked_account_and_our_basic_credentials()
    {
        var linked = await SellerAsync(api, Tenant, payoutAccount: $"acc_{Guid.NewGuid():N}"[..18]);
        var unlinked = await SellerAsync(api, Tenant);
        var customer = await CustomerAsync(api, Tenant);
        await AddToCartAsync(customer, (await ProductAsync(api, linked, Tenant, 333.33m, stock: 5)).Id, 3);
        await AddToCartAsync(customer, (await ProductAsync(api, unlinked, Tenant, 100.01m, stock: 5)).Id, 1);

        var checkout = await PlaceAsync(customer);

        checkout.Payment.Provider.ShouldBe("Razorpay");
        checkout.Payment.ProviderPaymentId.ShouldBe(OrderId(checkout.CheckoutId));
        checkout.Payment.KeyId.ShouldBe(ProviderStubs.RazorpayKeyId);
        var request = OrdersRequestFor(checkout.CheckoutId);
        request.RequestMessage.Headers!["Authorization"].Single().ShouldBe(ProviderStubs.RazorpayBasicAuth);
        var body = JsonDocument.Parse(request.RequestMessage.Body!).RootElement;
        body.GetProperty("amount").GetInt64().ShouldBe(110000); // 999.99 + 100.01 INR
        body.GetProperty("currency").GetString().ShouldBe("INR");
        body.GetProperty("notes").GetProperty("checkout_id").GetString().ShouldBe(checkout.CheckoutId.ToString());
        var transfer = body.GetProperty("transfers").EnumerateArray().ShouldHaveSingleItem();
        var linkedOrder = checkout.Orders.Single(o => o.SellerId == linked.SellerId);
        transfer.GetProperty("account").GetString().ShouldBe(await PayoutAccountAsync(linked.SellerId));
        transfer.GetProperty("amount").GetInt64().ShouldBe(Paise(linkedOrder.SellerShare.Amount));
        transfer.GetProperty("currency").GetString().ShouldBe("INR");
        transfer.GetProperty("notes").GetProperty("order_id").GetString().ShouldBe(linkedOrder.Id.ToString());
        transfer.GetProperty("on_hold").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_verified_checkout_callback_marks_every_order_paid_and_records_charge_fee_and_held_transfer_to_the_paisa()
    {
        var placed = await CheckoutAsync(api, Tenant, 333.33m, 1999.99m);
        var paymentId = await api.Providers.StubCapturedAsync(placed.Checkout);

        var forged = await ConfirmAsync(placed.Customer, placed.Checkout.CheckoutId, paymentId, CallbackSignature(OrderId(placed.Checkout.CheckoutId), paymentId, "wrong-secret"));

        (await Problem.ReadAsync(forged, HttpStatusCode.BadRequest)).Code.ShouldBe("webhook.signature_invalid");
        (await PaymentAsync(placed.Customer, placed.Checkout.CheckoutId)).Status.ShouldBe("Pending");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE checkout_id = @id", ("id", placed.Checkout.CheckoutId))).ShouldBe(0);

        var confirmed = await (await ConfirmAsync(placed.Customer, placed.Checkout.CheckoutId, paymentId, CallbackSignature(OrderId(placed.Checkout.CheckoutId), paymentId)))
            .ReadAsync<PaymentStatusDto>(HttpStatusCode.OK);

        confirmed.Status.ShouldBe("Succeeded");
        var admin = api.AdminFor(Tenant);
        foreach (var order in placed.Checkout.Orders)
        {
            (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
                .Status.ShouldBe(OrderStatus.Paid);
            var ledger = await TransactionsAsync(admin, order.Id);
            Sum(ledger, "Charge").ShouldBe(order.Total.Amount);
            Sum(ledger, "MarketplaceFee").ShouldBe(order.MarketplaceFee.Amount);
            Sum(ledger, "SellerTransfer").ShouldBe(order.SellerShare.Amount);
            (Sum(ledger, "MarketplaceFee") + Sum(ledger, "SellerTransfer")).ShouldBe(Sum(ledger, "Charge"));
            ledger.Single(r => r.Kind == "Charge").ProviderReference.ShouldBe(paymentId);
            var transfer = ledger.Single(r => r.Kind == "SellerTransfer");
            transfer.ProviderReference.ShouldBe(TransferId(order.Id));
            transfer.Status.ShouldBe("OnHold");
        }

        // Already paid: a second callback reads nothing from Razorpay and changes nothing.
        var before = api.Providers.Server.LogEntries.Count();
        (await ConfirmAsync(placed.Customer, placed.Checkout.CheckoutId, paymentId, CallbackSignature(OrderId(placed.Checkout.CheckoutId), paymentId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        api.Providers.Server.LogEntries.Count().ShouldBe(before);
    }

    [Fact]
    public async Task A_signed_payment_captured_webhook_pays_the_orders_once_and_a_replayed_delivery_is_a_harmless_duplicate()
    {
        var placed = await CheckoutAsync(api, Tenant, 250.50m, 99.50m);
        var paymentId = await api.Providers.StubCapturedAsync(placed.Checkout);
        var body = PaymentEvent("payment.captured", paymentId, OrderId(placed.Checkout.CheckoutId), 35000, "captured");
        var client = api.ClientFor(Tenant);
        var eventId = $"evt_{Guid.NewGuid():N}";

        var ack = await (await SendWebhookAsync(client, body, Hmac(body, ProviderStubs.RazorpayWebhookSecret), eventId))
            .ReadAsync<WebhookAck>(HttpStatusCode.OK);
        var rows = await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE checkout_id = @id", ("id", placed.Checkout.CheckoutId));
        var replay = await (await SendWebhookAsync(client, body, Hmac(body, ProviderStubs.RazorpayWebhookSecret), eventId))
            .ReadAsync<WebhookAck>(HttpStatusCode.OK);

        ack.ShouldBe(new WebhookAck(eventId, "processed"));
        replay.ShouldBe(new WebhookAck(eventId, "duplicate"));
        rows.ShouldBe(6); // charge, fee and transfer for each of the two orders
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE checkout_id = @id", ("id", placed.Checkout.CheckoutId))).ShouldBe(rows);
        foreach (var order in placed.Checkout.Orders)
        {
            (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
                .Status.ShouldBe(OrderStatus.Paid);
        }

        api.Providers.RequestsTo($"/v1/payments/{paymentId}/transfers").Count.ShouldBe(1, "the replay must not settle again");
        (await PaymentAsync(placed.Customer, placed.Checkout.CheckoutId)).Status.ShouldBe("Succeeded");
    }

    [Fact]
    public async Task Deliveries_that_do_not_verify_are_400_and_change_nothing_and_unknown_events_are_acknowledged_and_ignored()
    {
        var placed = await CheckoutAsync(api, Tenant, 120m);
        var paymentId = await api.Providers.StubCapturedAsync(placed.Checkout);
        var body = PaymentEvent("payment.captured", paymentId, OrderId(placed.Checkout.CheckoutId), 12000, "captured");
        var client = api.ClientFor(Tenant);
        var tampered = body.Replace("12000", "100", StringComparison.Ordinal);

        (await Problem.ReadAsync(await SendWebhookAsync(client, body, Hmac(body, "not-the-webhook-secret")), HttpStatusCode.BadRequest))
            .Code.ShouldBe("webhook.signature_invalid");
        (await SendWebhookAsync(client, tampered, Hmac(body, ProviderStubs.RazorpayWebhookSecret))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendWebhookAsync(client, body, Hmac(body, ProviderStubs.RazorpayKeySecret))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendWebhookAsync(client, body, "zz-not-hex")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendWebhookAsync(client, body, null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var order = placed.Checkout.Orders.Single();
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.PendingPayment);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE order_id = @id", ("id", order.Id))).ShouldBe(0);

        var refund = "{\"entity\":\"event\",\"event\":\"refund.processed\",\"contains\":[\"refund\"],\"payload\":{\"refund\":{\"entity\":{\"id\":\"rfnd_x\"}}}}";
        (await (await SendWebhookAsync(client, refund, Hmac(refund, ProviderStubs.RazorpayWebhookSecret))).ReadAsync<WebhookAck>(HttpStatusCode.OK))
            .Outcome.ShouldBe("ignored");
    }

    [Fact]
    public async Task A_failed_payment_records_the_reason_and_leaves_the_orders_waiting_for_another_attempt()
    {
        var placed = await CheckoutAsync(api, Tenant, 75m);
        var body = PaymentEvent("payment.failed", PaymentId(), OrderId(placed.Checkout.CheckoutId), 7500, "failed", "Payment was cancelled by the customer.");

        await (await SendWebhookAsync(api.ClientFor(Tenant), body, Hmac(body, ProviderStubs.RazorpayWebhookSecret)))
            .ReadAsync<WebhookAck>(HttpStatusCode.OK);

        var payment = await PaymentAsync(placed.Customer, placed.Checkout.CheckoutId);
        payment.Status.ShouldBe("Failed");
        payment.FailureReason.ShouldBe("Payment was cancelled by the customer.");
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{placed.Checkout.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.PendingPayment);
    }

    [Fact]
    public async Task An_authorized_payment_is_captured_for_the_exact_amount_and_a_capture_that_fails_once_is_retried()
    {
        var placed = await CheckoutAsync(api, Tenant, 499.99m);
        var paymentId = await api.Providers.StubCapturedAsync(placed.Checkout, status: "authorized");
        var capture = $"/v1/payments/{paymentId}/capture";
        api.Providers.RazorpayJson("POST", capture, 502, "{\"error\":{\"description\":\"upstream\"}}", priority: -1, scenario: "capture", thenState: "recovered");
        api.Providers.RazorpayJson("POST", capture, 200,
            $"{{\"id\":\"{paymentId}\",\"entity\":\"payment\",\"amount\":49999,\"currency\":\"INR\",\"status\":\"captured\"}}", priority: -1, scenario: "capture", whenState: "recovered");
        var body = PaymentEvent("payment.authorized", paymentId, OrderId(placed.Checkout.CheckoutId), 49999, "authorized");

        var ack = await (await SendWebhookAsync(api.ClientFor(Tenant), body, Hmac(body, ProviderStubs.RazorpayWebhookSecret)))
            .ReadAsync<WebhookAck>(HttpStatusCode.OK);

        ack.Outcome.ShouldBe("processed");
        var attempts = api.Providers.RequestsTo(capture);
        attempts.Count.ShouldBe(2);
        attempts[0].RequestMessage.Body.ShouldBe(attempts[1].RequestMessage.Body);
        var sent = JsonDocument.Parse(attempts[1].RequestMessage.Body!).RootElement;
        sent.GetProperty("amount").GetInt64().ShouldBe(49999);
        sent.GetProperty("currency").GetString().ShouldBe("INR");
        (await PaymentAsync(placed.Customer, placed.Checkout.CheckoutId)).Status.ShouldBe("Succeeded");
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{placed.Checkout.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task A_partial_then_a_full_refund_reverse_fee_and_held_transfer_exactly_and_an_over_refund_is_refused()
    {
        var (placed, paymentId) = await PaidAsync(333.33m);
        var order = placed.Checkout.Orders.Single();
        var admin = api.AdminFor(Tenant);

        var first = await RefundedAsync(admin, order.Id, 100.01m);
        var over = await RefundAsync(admin, order.Id, 233.33m);
        var rest = await RefundedAsync(admin, order.Id, 233.32m);

        (first.FeeReversed.Amount + first.SellerShareReversed.Amount).ShouldBe(100.01m);
        (await Problem.ReadAsync(over, HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("refund.exceeds_order");
        rest.OrderRefundedTotal.Amount.ShouldBe(333.33m);
        var ledger = await TransactionsAsync(admin, order.Id);
        Sum(ledger, "Refund").ShouldBe(333.33m);
        Sum(ledger, "FeeReversal").ShouldBe(order.MarketplaceFee.Amount);
        Sum(ledger, "TransferReversal").ShouldBe(order.SellerShare.Amount);
        ledger.Where(r => r.Kind == "TransferReversal").ShouldAllBe(r => r.Status == "Succeeded" && r.ProviderReference!.StartsWith("rvrsl_"));

        var refunds = api.Providers.RequestsTo($"/v1/payments/{paymentId}/refund");
        refunds.Select(r => JsonDocument.Parse(r.RequestMessage.Body!).RootElement.GetProperty("amount").GetInt64()).ShouldBe([10001, 23332]);
        refunds.ShouldAllBe(r => r.RequestMessage.Headers!["X-Refund-Idempotency"].Single().StartsWith("refund-"));
        refunds.Select(r => r.RequestMessage.Headers!["X-Refund-Idempotency"].Single()).Distinct().Count().ShouldBe(2);
        JsonDocument.Parse(refunds[0].RequestMessage.Body!).RootElement.GetProperty("notes").GetProperty("order_id").GetString().ShouldBe(order.Id.ToString());
        var reversals = api.Providers.RequestsTo($"/v1/transfers/{TransferId(order.Id)}/reversals").Where(r => r.RequestMessage.Method == "POST").ToList();
        reversals.Sum(r => JsonDocument.Parse(r.RequestMessage.Body!).RootElement.GetProperty("amount").GetInt64()).ShouldBe(Paise(order.SellerShare.Amount));
        (await PaymentAsync(placed.Customer, placed.Checkout.CheckoutId)).Refunded.Amount.ShouldBe(333.33m);
    }

    [Fact]
    public async Task A_refund_that_fails_once_is_retried_with_the_same_idempotency_key_and_body()
    {
        var (placed, paymentId) = await PaidAsync(200m);
        var order = placed.Checkout.Orders.Single();
        var path = $"/v1/payments/{paymentId}/refund";
        api.Providers.RazorpayJson("POST", path, 500, "{\"error\":{\"description\":\"boom\"}}", priority: -1, scenario: "refund", thenState: "recovered");
        api.Providers.RazorpayJson("POST", path, 200, "{\"id\":\"rfnd_recovered\",\"entity\":\"refund\",\"status\":\"processed\"}", priority: -1, scenario: "refund", whenState: "recovered");

        var refund = await RefundedAsync(api.AdminFor(Tenant), order.Id, 50m);

        refund.Amount.Amount.ShouldBe(50m);
        var attempts = api.Providers.RequestsTo(path);
        attempts.Count.ShouldBe(2);
        attempts[0].RequestMessage.Body.ShouldBe(attempts[1].RequestMessage.Body);
        attempts[0].RequestMessage.Headers!["X-Refund-Idempotency"].ShouldBe(attempts[1].RequestMessage.Headers!["X-Refund-Idempotency"]);
        (await TransactionsAsync(api.AdminFor(Tenant), order.Id)).Single(r => r.Kind == "Refund").ProviderReference.ShouldBe("rfnd_recovered");
    }

    [Fact]
    public async Task A_lasting_razorpay_outage_on_refund_is_a_503_that_leaves_no_refund_behind()
    {
        var (placed, paymentId) = await PaidAsync(80m);
        var order = placed.Checkout.Orders.Single();
        api.Providers.RazorpayJson("POST", $"/v1/payments/{paymentId}/refund", 500, "{\"error\":{\"description\":\"down\"}}", priority: -1);

        var response = await RefundAsync(api.AdminFor(Tenant), order.Id, 80m);

        (await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable)).Code.ShouldBe("dependency_unavailable");
        api.Providers.RequestsTo($"/v1/payments/{paymentId}/refund").Count.ShouldBeGreaterThan(1, "transient failures are retried first");
        var ledger = await TransactionsAsync(api.AdminFor(Tenant), order.Id);
        ledger.ShouldNotContain(r => r.Kind == "Refund" || r.Kind == "FeeReversal" || r.Kind == "TransferReversal");
        (await PaymentAsync(placed.Customer, placed.Checkout.CheckoutId)).Refunded.Amount.ShouldBe(0m);
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task Each_region_calls_only_its_own_provider()
    {
        var southAsia = await CheckoutAsync(api, Tenant, 10m);
        var razorpayCalls = RazorpayRequests().Count;
        var europe = await CheckoutAsync(api, "europe", 10m);

        OrdersRequestFor(southAsia.Checkout.CheckoutId).ShouldNotBeNull();
        razorpayCalls.ShouldBeGreaterThan(0);
        api.Providers.Server.LogEntries.ShouldNotContain(e => e.RequestMessage.Path.StartsWith("/v1/payment_intents") && e.RequestMessage.Body != null
            && e.RequestMessage.Body.Contains(southAsia.Checkout.CheckoutId.ToString()));
        europe.Checkout.Payment.Provider.ShouldBe("Stripe");
        RazorpayRequests().Count.ShouldBe(razorpayCalls, "a europe checkout must not call Razorpay");
        api.Providers.RequestsTo("/v1/payment_intents").ShouldContain(e => e.RequestMessage.Headers!["Idempotency-Key"].Single() == $"checkout-{europe.Checkout.CheckoutId:N}");
    }

    [Fact]
    public async Task Europe_takes_no_razorpay_webhooks()
    {
        var body = PaymentEvent("payment.captured", PaymentId(), "order_x", 100, "captured");

        (await SendWebhookAsync(api.ClientFor("europe"), body, Hmac(body, ProviderStubs.RazorpayWebhookSecret)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_payout_moves_what_was_owed_once_as_a_direct_transfer_and_releases_every_held_transfer()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<IPaymentGateways>().For(PaymentProvider.Razorpay);
        var payoutId = Guid.NewGuid();
        var request = new PayoutRequest(payoutId, Guid.NewGuid(), "acc_Seller01", Money.Of(750m, "INR"), Money.Of(250.50m, "INR"), ["trf_Held1", "trf_Held2"], $"payout-{payoutId:N}");

        var paid = await gateway.PayOutAsync(request, CancellationToken.None);

        paid.Reference.ShouldBe($"trf_payout-{payoutId:N}");
        var moved = JsonDocument.Parse(api.Providers.RequestsTo("/v1/transfers").Single(r => r.RequestMessage.Method == "POST").RequestMessage.Body!).RootElement;
        moved.GetProperty("account").GetString().ShouldBe("acc_Seller01");
        moved.GetProperty("amount").GetInt64().ShouldBe(25050);
        moved.GetProperty("currency").GetString().ShouldBe("INR");
        foreach (var held in request.HeldTransfers)
        {
            var release = api.Providers.RequestsTo($"/v1/transfers/{held}").ShouldHaveSingleItem();
            release.RequestMessage.Method.ShouldBe("PATCH");
            JsonDocument.Parse(release.RequestMessage.Body!).RootElement.GetProperty("on_hold").GetBoolean().ShouldBeFalse();
        }

        // The answer was lost and the payout is run again: Razorpay lists the transfer under our key, so none is made twice.
        api.Providers.RazorpayJson("GET", "/v1/transfers", 200, JsonSerializer.Serialize(new
        {
            entity = "collection",
            count = 1,
            items = new[] { new { id = paid.Reference, entity = "transfer", notes = new Dictionary<string, string> { ["idempotency_key"] = request.IdempotencyKey } } },
        }), priority: -1);
        (await gateway.PayOutAsync(request, CancellationToken.None)).Reference.ShouldBe(paid.Reference);
        api.Providers.RequestsTo("/v1/transfers").Count(r => r.RequestMessage.Method == "POST").ShouldBe(1);
    }

    private WireMock.Logging.ILogEntry OrdersRequestFor(Guid checkoutId) =>
        api.Providers.RequestsTo("/v1/orders").Single(r => JsonDocument.Parse(r.RequestMessage.Body!).RootElement.GetProperty("receipt").GetString() == checkoutId.ToString());

    private List<WireMock.Logging.ILogEntry> RazorpayRequests() =>
        [.. api.Providers.Server.LogEntries.Where(e => e.RequestMessage.Headers!.TryGetValue("Authorization", out var auth) && auth.Contains(ProviderStubs.RazorpayBasicAuth))];

    private async Task<(PlacedCheckout Placed, string PaymentId)> PaidAsync(decimal price)
    {
        var placed = await CheckoutAsync(api, Tenant, price);
        var paymentId = await api.Providers.StubCapturedAsync(placed.Checkout);
        var body = PaymentEvent("payment.captured", paymentId, OrderId(placed.Checkout.CheckoutId), Paise(placed.Checkout.Total.Amount), "captured");
        (await (await SendWebhookAsync(api.ClientFor(Tenant), body, Hmac(body, ProviderStubs.RazorpayWebhookSecret))).ReadAsync<WebhookAck>(HttpStatusCode.OK)).Outcome.ShouldBe("processed");
        return (placed, paymentId);
    }
}
