using System.Net;
using System.Net.Http.Json;
using System.Web;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Application.Payments.HandleWebhook;
using CustomiseYou.Application.Payments.RefundOrder;
using CustomiseYou.Domain.Orders;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using WireMock;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Payments.PaymentTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Payments.StripeWebhooks;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

using PlacedCheckout = CustomiseYou.WebApi.IntegrationTests.Payments.PaymentTestKit.PlacedCheckout;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

[Collection(ApiCollection.Name)]
public sealed class StripePaymentTests(ApiFactory api) : IDisposable
{
    private const string Tenant = "europe";

    public void Dispose() => api.Providers.Reset();

    private static string IntentId(Guid checkoutId) => $"pi_checkout-{checkoutId:N}";

    private static long Cents(decimal amount) => (long)(amount * 100);

    [Fact]
    public async Task Checkout_creates_one_payment_intent_in_cents_with_our_idempotency_key_and_returns_its_client_secret()
    {
        var placed = await CheckoutAsync(api, Tenant, 19.99m, 5.01m);

        placed.Checkout.Payment.Provider.ShouldBe("Stripe");
        placed.Checkout.Payment.ProviderPaymentId.ShouldBe(IntentId(placed.Checkout.CheckoutId));
        placed.Checkout.Payment.ClientSecret.ShouldBe($"{IntentId(placed.Checkout.CheckoutId)}_secret_test");
        var request = api.Providers.RequestsTo("/v1/payment_intents").Single(r => r.RequestMessage.Headers!["Idempotency-Key"].Single() == $"checkout-{placed.Checkout.CheckoutId:N}");
        request.RequestMessage.Headers!["Authorization"].Single().ShouldBe($"Bearer {ProviderStubs.StripeSecretKey}");
        var form = HttpUtility.ParseQueryString(request.RequestMessage.Body!);
        form["amount"].ShouldBe("2500");
        form["currency"].ShouldBe("eur");
        form["transfer_group"].ShouldBe(placed.Checkout.CheckoutId.ToString());
        form["metadata[checkout_id]"].ShouldBe(placed.Checkout.CheckoutId.ToString());
    }

    [Fact]
    public async Task A_signed_success_marks_every_order_paid_once_writes_the_ledger_and_transfers_each_seller_share_from_the_charge()
    {
        var placed = await CheckoutAsync(api, Tenant, 19.99m, 5.01m);
        var body = IntentEvent("payment_intent.succeeded", IntentId(placed.Checkout.CheckoutId), 2500, "ch_success1");
        var client = api.ClientFor(Tenant);

        var ack = await (await SendAsync(client, body, Signature(body))).ReadAsync<WebhookAck>(HttpStatusCode.OK);
        var replay = await (await SendAsync(client, body, Signature(body))).ReadAsync<WebhookAck>(HttpStatusCode.OK);

        ack.Outcome.ShouldBe("processed");
        replay.Outcome.ShouldBe("duplicate");
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
            ledger.Single(r => r.Kind == "Charge").ProviderReference.ShouldBe("ch_success1");
            ledger.Single(r => r.Kind == "SellerTransfer").ProviderReference.ShouldBe($"tr_transfer-{order.Id:N}");

            var transfers = api.Providers.RequestsTo("/v1/transfers").Where(r => r.RequestMessage.Headers!["Idempotency-Key"].Single() == $"transfer-{order.Id:N}").ToList();
            transfers.Count.ShouldBe(1, "a replayed event must not transfer twice");
            var form = HttpUtility.ParseQueryString(transfers[0].RequestMessage.Body!);
            form["amount"].ShouldBe(Cents(order.SellerShare.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture));
            form["currency"].ShouldBe("eur");
            form["destination"].ShouldBe(await SellerAccountAsync(order.SellerId));
            form["source_transaction"].ShouldBe("ch_success1");
            form["transfer_group"].ShouldBe(placed.Checkout.CheckoutId.ToString());
        }

        (await (await placed.Customer.GetAsync($"/api/v1/checkouts/{placed.Checkout.CheckoutId}/payment")).ReadAsync<PaymentStatusDto>(HttpStatusCode.OK)).Status.ShouldBe("Succeeded");
    }

    [Fact]
    public async Task While_the_seller_transfer_is_in_flight_no_transaction_waits_and_the_product_sold_is_not_locked()
    {
        var placed = await CheckoutAsync(api, Tenant, 12.00m);
        var productId = await ProductOfAsync(placed);
        var body = IntentEvent("payment_intent.succeeded", IntentId(placed.Checkout.CheckoutId), 1200, "ch_inflight1");
        var transfer = api.Providers.Hold("POST", "/v1/transfers", 200, HeldStripeObject);

        var delivery = await transfer.WhileWaitingAsync(() => SendAsync(api.ClientFor(Tenant), body, Signature(body)), () => NothingWaitsOnTheProviderAsync(Tenant, productId));

        (await delivery.ReadAsync<WebhookAck>(HttpStatusCode.OK)).Outcome.ShouldBe("processed");
        (await StockAsync(Tenant, productId)).ShouldBe((9, 0));
    }

    [Fact]
    public async Task While_a_cancelled_orders_refund_is_in_flight_no_transaction_waits_and_the_product_is_not_locked()
    {
        var placed = await PaidAsync(15.50m);
        var productId = await ProductOfAsync(placed);
        var refund = api.Providers.Hold("POST", "/v1/refunds", 200, HeldStripeObject);

        var cancelled = await refund.WhileWaitingAsync(
            () => placed.Customer.PostAsJsonAsync($"/api/v1/orders/{placed.Checkout.Orders.Single().Id}/cancel", new { reason = "changed my mind" }),
            () => NothingWaitsOnTheProviderAsync(Tenant, productId));

        (await cancelled.ReadAsync<OrderDetailDto>(HttpStatusCode.OK)).Status.ShouldBe(OrderStatus.Cancelled);
        (await StockAsync(Tenant, productId)).ShouldBe((10, 0));
    }

    [Fact]
    public async Task While_an_admins_refund_is_in_flight_no_transaction_waits()
    {
        var placed = await PaidAsync(30m);
        var refund = api.Providers.Hold("POST", "/v1/refunds", 200, HeldStripeObject);

        var refunded = await refund.WhileWaitingAsync(() => RefundAsync(api.AdminFor(Tenant), placed.Checkout.Orders.Single().Id, 10m), () => TestDatabases.NoTransactionWaitsAsync(Tenant));

        (await refunded.ReadAsync<RefundDto>(HttpStatusCode.Created)).Amount.Amount.ShouldBe(10m);
        Sum(await TransactionsAsync(api.AdminFor(Tenant), placed.Checkout.Orders.Single().Id), "Refund").ShouldBe(10m);
    }

    private static string HeldStripeObject(IRequestMessage request) =>
        $"{{\"id\":\"held_{request.Headers!["Idempotency-Key"].Single()}\",\"status\":\"succeeded\"}}";

    [Fact]
    public async Task Deliveries_that_do_not_verify_are_refused_with_400_and_change_nothing()
    {
        var placed = await CheckoutAsync(api, Tenant, 12m);
        var body = IntentEvent("payment_intent.succeeded", IntentId(placed.Checkout.CheckoutId), 1200, "ch_forged");
        var client = api.ClientFor(Tenant);
        var tampered = body.Replace("1200", "1", StringComparison.Ordinal);

        (await SendAsync(client, body, Signature(body, secret: "whsec_wrong"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync(client, tampered, Signature(body))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync(client, body, Signature(body, at: DateTimeOffset.UtcNow.AddSeconds(-301)))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync(client, body, null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync(client, body, "t=abc,v1=zz")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var order = placed.Checkout.Orders.Single();
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.PendingPayment);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE order_id = @id", ("id", order.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Any_matching_v1_signature_is_accepted_while_a_secret_rolls_and_unknown_event_types_are_acknowledged_and_ignored()
    {
        var body = IntentEvent("customer.created", "cus_123", 0);
        var signed = Signature(body);
        var rolling = signed.Replace("v1=", "v1=00ff,v1=", StringComparison.Ordinal);

        var ack = await (await SendAsync(api.ClientFor(Tenant), body, rolling)).ReadAsync<WebhookAck>(HttpStatusCode.OK);

        ack.Outcome.ShouldBe("ignored");
    }

    [Fact]
    public async Task A_failed_payment_records_the_reason_and_leaves_orders_waiting_and_a_late_failure_after_success_changes_nothing()
    {
        var placed = await CheckoutAsync(api, Tenant, 30m);
        var intent = IntentId(placed.Checkout.CheckoutId);
        var client = api.ClientFor(Tenant);
        var failed = IntentEvent("payment_intent.payment_failed", intent, 3000, failure: "Your card was declined.");
        await (await SendAsync(client, failed, Signature(failed))).ReadAsync<WebhookAck>(HttpStatusCode.OK);

        var payment = await (await placed.Customer.GetAsync($"/api/v1/checkouts/{placed.Checkout.CheckoutId}/payment"))
            .ReadAsync<PaymentStatusDto>(HttpStatusCode.OK);
        payment.Status.ShouldBe("Failed");
        payment.FailureReason.ShouldBe("Your card was declined.");
        var order = placed.Checkout.Orders.Single();
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.PendingPayment);

        var succeeded = IntentEvent("payment_intent.succeeded", intent, 3000, "ch_retry");
        await (await SendAsync(client, succeeded, Signature(succeeded))).ReadAsync<WebhookAck>(HttpStatusCode.OK);
        var lateFailure = IntentEvent("payment_intent.payment_failed", intent, 3000, failure: "stale");
        await (await SendAsync(client, lateFailure, Signature(lateFailure))).ReadAsync<WebhookAck>(HttpStatusCode.OK);

        (await (await placed.Customer.GetAsync($"/api/v1/checkouts/{placed.Checkout.CheckoutId}/payment")).ReadAsync<PaymentStatusDto>(HttpStatusCode.OK)).Status.ShouldBe("Succeeded");
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task A_partial_then_a_full_refund_reverse_fee_and_seller_share_exactly_and_an_over_refund_is_refused()
    {
        var placed = await PaidAsync(33.33m);
        var order = placed.Checkout.Orders.Single();
        var admin = api.AdminFor(Tenant);

        var first = await RefundedAsync(admin, order.Id, 10.01m);
        var over = await RefundAsync(admin, order.Id, 23.33m);
        var rest = await RefundedAsync(admin, order.Id, 23.32m);

        (first.FeeReversed.Amount + first.SellerShareReversed.Amount).ShouldBe(10.01m);
        (await Problem.ReadAsync(over, HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("refund.exceeds_order");
        rest.OrderRefundedTotal.Amount.ShouldBe(33.33m);
        var ledger = await TransactionsAsync(admin, order.Id);
        Sum(ledger, "Refund").ShouldBe(33.33m);
        Sum(ledger, "FeeReversal").ShouldBe(order.MarketplaceFee.Amount);
        Sum(ledger, "TransferReversal").ShouldBe(order.SellerShare.Amount);

        var refunds = api.Providers.RequestsTo("/v1/refunds").Where(r => r.RequestMessage.Body!.Contains(IntentId(placed.Checkout.CheckoutId), StringComparison.Ordinal)).ToList();
        refunds.Select(r => HttpUtility.ParseQueryString(r.RequestMessage.Body!)["amount"]).ShouldBe(["1001", "2332"]);
        var reversals = api.Providers.Server.LogEntries.Where(e => e.RequestMessage.Path == $"/v1/transfers/tr_transfer-{order.Id:N}/reversals").ToList();
        reversals.Sum(r => long.Parse(HttpUtility.ParseQueryString(r.RequestMessage.Body!)["amount"]!, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(Cents(order.SellerShare.Amount));
        (await (await placed.Customer.GetAsync($"/api/v1/checkouts/{placed.Checkout.CheckoutId}/payment")).ReadAsync<PaymentStatusDto>(HttpStatusCode.OK)).Refunded.Amount.ShouldBe(33.33m);
    }

    [Fact]
    public async Task A_refund_is_admin_only_validated_and_replayed_for_the_same_idempotency_key()
    {
        var placed = await PaidAsync(20m);
        var order = placed.Checkout.Orders.Single();
        var admin = api.AdminFor(Tenant);

        (await RefundAsync(placed.Customer, order.Id, 1m)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(await RefundAsync(admin, order.Id, 1.001m), HttpStatusCode.BadRequest)).Errors.ShouldContainKey("amount");
        var first = await RefundAsync(admin, order.Id, 5m, key: "refund-once");
        var again = await RefundAsync(admin, order.Id, 5m, key: "refund-once");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await again.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        Sum(await TransactionsAsync(admin, order.Id), "Refund").ShouldBe(5m);
    }

    [Fact]
    public async Task A_customer_sees_charges_and_refunds_the_seller_its_share_and_nobody_else_anything()
    {
        var placed = await PaidAsync(40m);
        var order = placed.Checkout.Orders.Single();
        await RefundedAsync(api.AdminFor(Tenant), order.Id, 4m);

        (await TransactionsAsync(placed.Customer, order.Id)).Select(r => r.Kind).Order().ShouldBe(["Charge", "Refund"]);
        (await TransactionsAsync(placed.Sellers[0].Client, order.Id)).Select(r => r.Kind).Order().ShouldBe(["SellerTransfer", "TransferReversal"]);
        (await api.ClientAs(Tenant, "customer").GetAsync($"/api/v1/orders/{order.Id}/transactions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.AdminFor("south-asia").GetAsync($"/api/v1/orders/{order.Id}/transactions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.ClientAs(Tenant, "customer").GetAsync($"/api/v1/checkouts/{placed.Checkout.CheckoutId}/payment"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancelling_a_paid_order_refunds_it_in_full_through_stripe()
    {
        var placed = await PaidAsync(15.50m);
        var order = placed.Checkout.Orders.Single();

        var cancelled = await (await placed.Customer.PostAsJsonAsync($"/api/v1/orders/{order.Id}/cancel", new { reason = "changed my mind" }))
            .ReadAsync<OrderDetailDto>(HttpStatusCode.OK);

        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        var ledger = await TransactionsAsync(api.AdminFor(Tenant), order.Id);
        Sum(ledger, "Refund").ShouldBe(15.50m);
        api.Providers.RequestsTo("/v1/refunds").Count(r => r.RequestMessage.Body!.Contains(IntentId(placed.Checkout.CheckoutId), StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_stripe_outage_is_retried_with_the_same_idempotency_key_and_a_lasting_one_is_a_503_that_leaves_nothing_behind()
    {
        api.Providers.StripeJson("/v1/payment_intents", 500, "{\"error\":{\"message\":\"boom\"}}", "blip", null, "recovered");
        api.Providers.StripeJson("/v1/payment_intents", 200,
            "{\"id\":\"pi_{{request.headers.[Idempotency-Key]}}\",\"object\":\"payment_intent\",\"client_secret\":\"s\"}", "blip", "recovered");

        var recovered = await CheckoutAsync(api, Tenant, 9m);

        var attempts = api.Providers.RequestsTo("/v1/payment_intents").Where(r => r.RequestMessage.Headers!["Idempotency-Key"].Single() == $"checkout-{recovered.Checkout.CheckoutId:N}").ToList();
        attempts.Count.ShouldBe(2);
        attempts[0].RequestMessage.Body.ShouldBe(attempts[1].RequestMessage.Body);

        api.Providers.Reset();
        api.Providers.StripeJson("/v1/payment_intents", 500, "{\"error\":{\"message\":\"down\"}}");
        var customer = await CustomerAsync(api, Tenant);
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 9m, stock: 3);
        await AddToCartAsync(customer, product.Id, 2);

        var failed = await Orders.OrderTestKit.CheckoutAsync(customer);

        (await Problem.ReadAsync(failed, HttpStatusCode.ServiceUnavailable)).Code.ShouldBe("dependency_unavailable");
        (await StockAsync(Tenant, product.Id)).ShouldBe((3, 0));
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM order_items WHERE product_id = @id", ("id", product.Id))).ShouldBe(0);
        (await customer.GetFromJsonAsync<CartDto>("/api/v1/cart"))!.Items.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_payment_that_arrives_after_the_order_expired_goes_straight_back_with_the_seller_share_reversed()
    {
        var placed = await CheckoutAsync(api, Tenant, 27.50m);
        var order = placed.Checkout.Orders.Single();
        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE orders SET payment_due_by = now() - interval '1 minute' WHERE id = @id", ("id", order.Id));
        await Jobs.JobTestKit.RunSuccessfullyAsync(api.AdminFor(Tenant), "expire-unpaid-orders");

        var body = IntentEvent("payment_intent.succeeded", IntentId(placed.Checkout.CheckoutId), 2750, "ch_late");
        await (await SendAsync(api.ClientFor(Tenant), body, Signature(body))).ReadAsync<WebhookAck>(HttpStatusCode.OK);

        var detail = await (await placed.Customer.GetAsync($"/api/v1/orders/{order.Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        detail.Status.ShouldBe(OrderStatus.Cancelled);
        detail.Refunded.Amount.ShouldBe(27.50m);
        var ledger = await TransactionsAsync(api.AdminFor(Tenant), order.Id);
        Sum(ledger, "Charge").ShouldBe(Sum(ledger, "Refund"));
        Sum(ledger, "SellerTransfer").ShouldBe(Sum(ledger, "TransferReversal"));
        ledger.Single(r => r.Kind == "TransferReversal").ProviderReference.ShouldNotBeNull("the transfer made from the charge is taken back at Stripe");
        (await (await placed.Customer.GetAsync($"/api/v1/checkouts/{placed.Checkout.CheckoutId}/payment")).ReadAsync<PaymentStatusDto>(HttpStatusCode.OK))
            .Refunded.Amount.ShouldBe(27.50m);
    }

    [Fact]
    public async Task A_webhook_body_over_the_limit_is_413_whether_or_not_it_says_its_length()
    {
        var body = IntentEvent("payment_intent.succeeded", "pi_big", 100, "ch_big").Replace("\"object\":\"event\"", $"\"object\":\"event\",\"pad\":\"{new string('x', 600 * 1024)}\"", StringComparison.Ordinal);

        (await SendAsync(api.ClientFor(Tenant), body, Signature(body))).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);

        var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/stripe") { Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body))) };
        chunked.Headers.TransferEncodingChunked = true;
        chunked.Headers.TryAddWithoutValidation("Stripe-Signature", Signature(body));
        (await api.ClientFor(Tenant).SendAsync(chunked)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task South_asia_takes_no_stripe_webhooks()
    {
        var body = IntentEvent("payment_intent.succeeded", "pi_x", 100, "ch_x");

        (await SendAsync(api.ClientFor("south-asia"), body, Signature(body))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<PlacedCheckout> PaidAsync(decimal price)
    {
        var placed = await CheckoutAsync(api, Tenant, price);
        var body = IntentEvent("payment_intent.succeeded", IntentId(placed.Checkout.CheckoutId), Cents(placed.Checkout.Total.Amount), $"ch_{Guid.NewGuid():N}");
        await (await SendAsync(api.ClientFor(Tenant), body, Signature(body))).ReadAsync<WebhookAck>(HttpStatusCode.OK);
        return placed;
    }

    private static async Task<string?> SellerAccountAsync(Guid sellerId) =>
        await TestFieldKeys.DecryptedScalarAsync(Tenant, "SELECT payout_account FROM sellers WHERE id = @id", ("id", sellerId));
}
