using System.Net;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Application.Payments.HandleWebhook;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Infrastructure.Payments;
using CustomiseYou.Infrastructure.Payments.PayPal;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Payments.PaymentTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Payments.PayPalKit;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>PayPal end to end through <see cref="TestDatabases.PayPalTenant"/>, the test host's PayPal region (INR).</summary>
[Collection(ApiCollection.Name)]
public sealed class PayPalPaymentTests(ApiFactory api) : IDisposable
{
    private const string Tenant = TestDatabases.PayPalTenant;

    public void Dispose() => api.Providers.Reset();

    private static string OrderId(Guid checkoutId) => ProviderStubs.PayPalOrderId(checkoutId);

    [Fact]
    public async Task Checkout_creates_one_paypal_order_with_our_request_id_and_token_and_hands_back_the_approval_link()
    {
        var placed = await CheckoutAsync(api, Tenant, 19.99m, 5.01m);

        var payment = placed.Checkout.Payment;
        payment.Provider.ShouldBe("PayPal");
        payment.ProviderPaymentId.ShouldBe(OrderId(placed.Checkout.CheckoutId));
        payment.ApprovalUrl.ShouldBe($"https://www.paypal.com/checkoutnow?token={OrderId(placed.Checkout.CheckoutId)}");
        var request = api.Providers.RequestsTo("/v2/checkout/orders").Single(r => r.RequestMessage.Headers!["PayPal-Request-Id"].Single() == $"checkout-{placed.Checkout.CheckoutId:N}");
        request.RequestMessage.Headers!["Authorization"].Single().ShouldBe($"Bearer {ProviderStubs.PayPalAccessToken}");
        var body = JsonDocument.Parse(request.RequestMessage.Body!).RootElement;
        body.GetProperty("intent").GetString().ShouldBe("CAPTURE");
        var unit = body.GetProperty("purchase_units").EnumerateArray().ShouldHaveSingleItem();
        unit.GetProperty("reference_id").GetString().ShouldBe(placed.Checkout.CheckoutId.ToString());
        unit.GetProperty("custom_id").GetString().ShouldBe(placed.Checkout.CheckoutId.ToString());
        unit.GetProperty("amount").GetProperty("currency_code").GetString().ShouldBe("INR");
        unit.GetProperty("amount").GetProperty("value").GetString().ShouldBe("25.00");
    }

    [Fact]
    public async Task Confirming_an_approved_order_captures_it_pays_every_order_and_leaves_the_seller_shares_owed_to_the_payout_job()
    {
        var placed = await CheckoutAsync(api, Tenant, 333.33m, 1999.99m);
        var orderId = OrderId(placed.Checkout.CheckoutId);
        api.Providers.StubCapture(orderId, placed.Checkout.Total.Amount);

        var confirmed = await ConfirmedAsync(placed.Customer, placed.Checkout.CheckoutId);

        confirmed.Status.ShouldBe("Succeeded");
        var capture = api.Providers.RequestsTo($"/v2/checkout/orders/{orderId}/capture").ShouldHaveSingleItem();
        capture.RequestMessage.Headers!["PayPal-Request-Id"].Single().ShouldStartWith("capture-");
        capture.RequestMessage.Headers!["Authorization"].Single().ShouldBe($"Bearer {ProviderStubs.PayPalAccessToken}");
        var admin = api.AdminFor(Tenant);
        foreach (var order in placed.Checkout.Orders)
        {
            (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
                .Status.ShouldBe(OrderStatus.Paid);
            var ledger = await TransactionsAsync(admin, order.Id);
            (Sum(ledger, "MarketplaceFee") + Sum(ledger, "SellerTransfer")).ShouldBe(order.Total.Amount);
            Sum(ledger, "Charge").ShouldBe(order.Total.Amount);
            ledger.Single(r => r.Kind == "Charge").ProviderReference.ShouldBe(CaptureId(orderId));
            var share = ledger.Single(r => r.Kind == "SellerTransfer");
            share.Amount.Amount.ShouldBe(order.SellerShare.Amount);
            share.Status.ShouldBe("Deferred");
            share.ProviderReference.ShouldBeNull();
        }
    }

    [Fact]
    public async Task While_the_capture_is_in_flight_no_transaction_waits_and_the_product_is_not_locked()
    {
        var placed = await CheckoutAsync(api, Tenant, 450m);
        var productId = await ProductOfAsync(placed);
        var orderId = OrderId(placed.Checkout.CheckoutId);
        var capture = api.Providers.Hold("POST", $"/v2/checkout/orders/{orderId}/capture", 201, _ => OrderJson(orderId, 450m, "COMPLETED"));

        var confirmed = await capture.WhileWaitingAsync(() => ConfirmAsync(placed.Customer, placed.Checkout.CheckoutId), () => NothingWaitsOnTheProviderAsync(Tenant, productId));

        (await confirmed.ReadAsync<PaymentStatusDto>(HttpStatusCode.OK)).Status.ShouldBe("Succeeded");
        (await StockAsync(Tenant, productId)).ShouldBe((9, 0));
    }

    [Fact]
    public async Task An_order_captured_already_is_read_back_and_a_declined_instrument_is_a_failed_attempt_that_leaves_orders_waiting()
    {
        var captured = await CheckoutAsync(api, Tenant, 50m);
        var capturedId = OrderId(captured.Checkout.CheckoutId);
        api.Providers.PayPalJson("POST", $"/v2/checkout/orders/{capturedId}/capture", 422, ProblemJson("ORDER_ALREADY_CAPTURED", "Order already captured."), priority: -1);
        api.Providers.PayPalJson("GET", $"/v2/checkout/orders/{capturedId}", 200, OrderJson(capturedId, 50m, "COMPLETED"), priority: -1);
        var declined = await CheckoutAsync(api, Tenant, 60m);
        api.Providers.PayPalJson("POST", $"/v2/checkout/orders/{OrderId(declined.Checkout.CheckoutId)}/capture", 422,
            ProblemJson("INSTRUMENT_DECLINED", "The instrument presented was either declined by the processor or bank."), priority: -1);

        (await ConfirmedAsync(captured.Customer, captured.Checkout.CheckoutId)).Status.ShouldBe("Succeeded");
        var failed = await ConfirmedAsync(declined.Customer, declined.Checkout.CheckoutId);

        failed.Status.ShouldBe("Failed");
        failed.FailureReason.ShouldBe("The instrument presented was either declined by the processor or bank.");
        (await (await declined.Customer.GetAsync($"/api/v1/orders/{declined.Checkout.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.PendingPayment);
        (await (await captured.Customer.GetAsync($"/api/v1/orders/{captured.Checkout.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task A_capture_completed_webhook_is_checked_by_paypal_byte_for_byte_then_pays_the_orders_once()
    {
        var placed = await CheckoutAsync(api, Tenant, 120m, 80m);
        var orderId = OrderId(placed.Checkout.CheckoutId);
        var body = CaptureEvent("PAYMENT.CAPTURE.COMPLETED", orderId, 200m, "COMPLETED");
        var headers = Transmission();
        var client = api.ClientFor(Tenant);

        var ack = await (await SendWebhookAsync(client, body, headers)).ReadAsync<WebhookAck>(HttpStatusCode.OK);
        var replay = await (await SendWebhookAsync(client, body, Transmission())).ReadAsync<WebhookAck>(HttpStatusCode.OK);

        ack.Outcome.ShouldBe("processed");
        replay.ShouldBe(ack with { Outcome = "duplicate" });
        ack.EventId.ShouldBe(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString());
        var verify = api.Providers.RequestsTo("/v1/notifications/verify-webhook-signature").First();
        var sent = JsonDocument.Parse(verify.RequestMessage.Body!).RootElement;
        sent.GetProperty("auth_algo").GetString().ShouldBe(headers["PAYPAL-AUTH-ALGO"]);
        sent.GetProperty("cert_url").GetString().ShouldBe(headers["PAYPAL-CERT-URL"]);
        sent.GetProperty("transmission_id").GetString().ShouldBe(headers["PAYPAL-TRANSMISSION-ID"]);
        sent.GetProperty("transmission_sig").GetString().ShouldBe(headers["PAYPAL-TRANSMISSION-SIG"]);
        sent.GetProperty("transmission_time").GetString().ShouldBe(headers["PAYPAL-TRANSMISSION-TIME"]);
        sent.GetProperty("webhook_id").GetString().ShouldBe(ProviderStubs.PayPalWebhookId);
        sent.GetProperty("webhook_event").GetRawText().ShouldBe(body);
        verify.RequestMessage.Headers!["Authorization"].Single().ShouldBe($"Bearer {ProviderStubs.PayPalAccessToken}");
        foreach (var order in placed.Checkout.Orders)
        {
            (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
                .Status.ShouldBe(OrderStatus.Paid);
        }

        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE checkout_id = @id AND kind = 'Charge'", ("id", placed.Checkout.CheckoutId))).ShouldBe(2);
    }

    [Fact]
    public async Task Deliveries_paypal_does_not_verify_are_400_and_change_nothing_and_other_events_are_ignored()
    {
        var placed = await CheckoutAsync(api, Tenant, 90m);
        var body = CaptureEvent("PAYMENT.CAPTURE.COMPLETED", OrderId(placed.Checkout.CheckoutId), 90m, "COMPLETED");
        var client = api.ClientFor(Tenant);
        var unsigned = Transmission();
        unsigned.Remove("PAYPAL-TRANSMISSION-SIG");

        (await Problem.ReadAsync(await SendWebhookAsync(client, body, Transmission(signature: "forged")), HttpStatusCode.BadRequest))
            .Code.ShouldBe("webhook.signature_invalid");
        (await SendWebhookAsync(client, body, unsigned)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendWebhookAsync(client, "not json", Transmission())).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        api.Providers.RequestsTo("/v1/notifications/verify-webhook-signature").Count.ShouldBe(1, "only the complete, well-formed delivery is worth asking PayPal about");
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{placed.Checkout.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.PendingPayment);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE checkout_id = @id", ("id", placed.Checkout.CheckoutId))).ShouldBe(0);
        var other = Event("CUSTOMER.DISPUTE.CREATED", new { dispute_id = "PP-D-1" });
        (await (await SendWebhookAsync(client, other, Transmission())).ReadAsync<WebhookAck>(HttpStatusCode.OK)).Outcome.ShouldBe("ignored");
    }

    [Fact]
    public async Task An_approved_order_webhook_captures_the_order_and_pays_it()
    {
        var placed = await CheckoutAsync(api, Tenant, 45.50m);
        var orderId = OrderId(placed.Checkout.CheckoutId);
        api.Providers.StubCapture(orderId, 45.50m);

        var ack = await (await SendWebhookAsync(api.ClientFor(Tenant), ApprovedEvent(orderId), Transmission()))
            .ReadAsync<WebhookAck>(HttpStatusCode.OK);

        ack.Outcome.ShouldBe("processed");
        api.Providers.RequestsTo($"/v2/checkout/orders/{orderId}/capture").ShouldHaveSingleItem();
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{placed.Checkout.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task A_partial_then_a_full_refund_go_to_the_capture_with_our_request_ids_and_an_over_refund_is_refused()
    {
        var placed = await CheckoutAsync(api, Tenant, 333.33m);
        var orderId = OrderId(placed.Checkout.CheckoutId);
        api.Providers.StubCapture(orderId, 333.33m);
        (await ConfirmedAsync(placed.Customer, placed.Checkout.CheckoutId)).Status.ShouldBe("Succeeded");
        var order = placed.Checkout.Orders.Single();
        var admin = api.AdminFor(Tenant);

        await RefundedAsync(admin, order.Id, 100.01m);
        var over = await RefundAsync(admin, order.Id, 233.33m);
        await RefundedAsync(admin, order.Id, 233.32m);

        (await Problem.ReadAsync(over, HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("refund.exceeds_order");
        var refunds = api.Providers.RequestsTo($"/v2/payments/captures/{CaptureId(orderId)}/refund");
        refunds.Select(r => JsonDocument.Parse(r.RequestMessage.Body!).RootElement.GetProperty("amount").GetProperty("value").GetString()).ShouldBe(["100.01", "233.32"]);
        refunds.ShouldAllBe(r => JsonDocument.Parse(r.RequestMessage.Body!).RootElement.GetProperty("amount").GetProperty("currency_code").GetString() == "INR");
        refunds.Select(r => r.RequestMessage.Headers!["PayPal-Request-Id"].Single()).ShouldAllBe(id => id.StartsWith("refund-"));
        var ledger = await TransactionsAsync(admin, order.Id);
        Sum(ledger, "Refund").ShouldBe(333.33m);
        Sum(ledger, "FeeReversal").ShouldBe(order.MarketplaceFee.Amount);
        Sum(ledger, "TransferReversal").ShouldBe(order.SellerShare.Amount);
        ledger.Where(r => r.Kind == "TransferReversal").ShouldAllBe(r => r.Status == "Deferred" && r.ProviderReference == null);
        ledger.Single(r => r.Kind == "Refund" && r.Amount.Amount == 100.01m).ProviderReference!.ShouldStartWith("REFUND-refund-");
    }

    [Fact]
    public async Task The_access_token_is_asked_for_once_with_our_client_credentials_and_renewed_shortly_before_it_expires()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var tokens = new PayPalAccessTokens(clock);
        using var http = new HttpClient();
        var gateway = new PayPalPaymentGateway(http, api.Services.GetRequiredService<IOptions<PaymentOptions>>(), tokens);
        Task<CreatedPayment> CreateAsync() =>
            gateway.CreatePaymentAsync(new CreatePaymentRequest(Guid.NewGuid(), Money.Of(10m, "INR"), [], $"checkout-{Guid.NewGuid():N}"), CancellationToken.None);

        await CreateAsync();
        await CreateAsync();
        var issued = api.Providers.RequestsTo("/v1/oauth2/token");
        clock.Now += TimeSpan.FromSeconds(32400) - TimeSpan.FromMinutes(4);
        await CreateAsync();

        issued.Count.ShouldBe(1);
        issued[0].RequestMessage.Body.ShouldBe("grant_type=client_credentials");
        issued[0].RequestMessage.Headers!["Authorization"].Single()
            .ShouldBe("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ProviderStubs.PayPalClientId}:{ProviderStubs.PayPalClientSecret}")));
        api.Providers.RequestsTo("/v1/oauth2/token").Count.ShouldBe(2, "a token within five minutes of expiry is renewed");
        api.Providers.RequestsTo("/v2/checkout/orders").Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_payout_sends_the_whole_amount_to_the_seller_in_one_batch_keyed_by_the_payout()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<IPaymentGateways>().For(PaymentProvider.PayPal);
        var payoutId = Guid.NewGuid();
        var key = $"payout-{payoutId:N}";

        var paid = await gateway.PayOutAsync(new PayoutRequest(payoutId, Guid.NewGuid(), "seller@test.example", Money.Of(1234.5m, "INR"), Money.Of(1234.5m, "INR"), [], key), CancellationToken.None);

        paid.Reference.ShouldBe($"BATCH-{key}");
        var request = api.Providers.RequestsTo("/v1/payments/payouts").ShouldHaveSingleItem().RequestMessage;
        request.Headers!["PayPal-Request-Id"].Single().ShouldBe(key);
        var body = JsonDocument.Parse(request.Body!).RootElement;
        body.GetProperty("sender_batch_header").GetProperty("sender_batch_id").GetString().ShouldBe(key);
        var item = body.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("recipient_type").GetString().ShouldBe("EMAIL");
        item.GetProperty("receiver").GetString().ShouldBe("seller@test.example");
        item.GetProperty("amount").GetProperty("value").GetString().ShouldBe("1234.50");
        item.GetProperty("amount").GetProperty("currency").GetString().ShouldBe("INR");
        item.GetProperty("sender_item_id").GetString().ShouldBe(payoutId.ToString());
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
