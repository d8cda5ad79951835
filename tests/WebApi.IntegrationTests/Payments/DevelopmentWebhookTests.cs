using System.Globalization;
using System.Net;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Payments.HandleWebhook;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static CustomiseYou.WebApi.IntegrationTests.Payments.RazorpayKit;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>
/// Webhooks in the documented development run (offline payments, appsettings.Development.json): events signed with the
/// development secrets pay a pending checkout through the real endpoints, build/webhook.sh does it against the running
/// host, and anything else is refused with the reason. Europe pays through Stripe, south-asia through Razorpay.
/// </summary>
public sealed class DevelopmentWebhookTests : IAsyncLifetime
{
    private readonly DevelopmentHost _host = new("dev-webhooks");

    public Task InitializeAsync() => _host.MigrateAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_stripe_event_signed_with_the_development_secret_pays_the_pending_checkout_once()
    {
        var (customer, checkout) = await _host.PendingCheckoutAsync("europe", "EUR", 23.99m);
        var body = StripeWebhooks.IntentEvent("payment_intent.succeeded", checkout.Payment.ProviderPaymentId!, 2399, charge: "ch_dev_1");
        var signature = StripeWebhooks.Signature(body, DevelopmentHost.DevelopmentSecret("Stripe:WebhookSecret"));
        var client = _host.ClientFor("europe");

        var first = await (await StripeWebhooks.SendAsync(client, body, signature)).ReadAsync<WebhookAck>(HttpStatusCode.OK);
        var replay = await (await StripeWebhooks.SendAsync(client, body, signature)).ReadAsync<WebhookAck>(HttpStatusCode.OK);

        first.Outcome.ShouldBe("processed");
        replay.Outcome.ShouldBe("duplicate");
        (await DevelopmentHost.StatusAsync(customer, checkout)).ShouldBe(("Paid", "Succeeded"));
    }

    [Fact]
    public async Task Unsigned_foreign_stale_and_malformed_stripe_events_are_400_saying_why_and_change_nothing()
    {
        var (customer, checkout) = await _host.PendingCheckoutAsync("europe", "EUR", 12.50m);
        var body = StripeWebhooks.IntentEvent("payment_intent.succeeded", checkout.Payment.ProviderPaymentId!, 1250, charge: "ch_dev_2");
        var secret = DevelopmentHost.DevelopmentSecret("Stripe:WebhookSecret");
        var client = _host.ClientFor("europe");

        var unsigned = await Problem.ReadAsync(await StripeWebhooks.SendAsync(client, body, null), HttpStatusCode.BadRequest);
        var foreign = await Problem.ReadAsync(
            await StripeWebhooks.SendAsync(client, body, StripeWebhooks.Signature(body, "whsec_of_a_real_stripe_account")),
            HttpStatusCode.BadRequest);
        var stale = await Problem.ReadAsync(
            await StripeWebhooks.SendAsync(client, body, StripeWebhooks.Signature(body, secret, DateTimeOffset.UtcNow.AddMinutes(-10))),
            HttpStatusCode.BadRequest);
        var malformed = await Problem.ReadAsync(await StripeWebhooks.SendAsync(client, body, "v1=abc"), HttpStatusCode.BadRequest);

        unsigned.Code.ShouldBe("webhook.signature_missing");
        unsigned.Detail!.ShouldContain("The Stripe-Signature header is missing");
        unsigned.Detail!.ShouldContain("./build/webhook.sh stripe payment_intent.succeeded");
        unsigned.Errors.Keys.ShouldBe(["Stripe-Signature"]);
        foreign.Code.ShouldBe("webhook.signature_invalid");
        foreign.Detail!.ShouldContain("development secret (Payments:Stripe:WebhookSecret");
        foreign.Detail!.ShouldContain("signed with a different secret");
        stale.Code.ShouldBe("webhook.timestamp_outside_tolerance");
        stale.Detail!.ShouldContain("seconds old by this server's clock, outside the 300-second tolerance");
        malformed.Code.ShouldBe("webhook.signature_malformed");
        malformed.Detail!.ShouldContain("t=<unix time>,v1=<hex HMAC-SHA256");
        (await DevelopmentHost.StatusAsync(customer, checkout)).ShouldBe(("PendingPayment", "Pending"));
    }

    [Fact]
    public async Task A_razorpay_event_signed_with_the_development_secret_pays_and_unsigned_or_foreign_ones_are_400_saying_why()
    {
        var (customer, checkout) = await _host.PendingCheckoutAsync("south-asia", "INR", 1499m);
        var body = PaymentEvent("payment.captured", "pay_dev_1", checkout.Payment.ProviderPaymentId!, 149900, "captured");
        var client = _host.ClientFor("south-asia");

        var unsigned = await Problem.ReadAsync(await SendWebhookAsync(client, body, null), HttpStatusCode.BadRequest);
        var foreign = await Problem.ReadAsync(
            await SendWebhookAsync(client, body, Hmac(body, "a-real-razorpay-webhook-secret")), HttpStatusCode.BadRequest);
        var pendingMeanwhile = await DevelopmentHost.StatusAsync(customer, checkout);
        var signed = await (await SendWebhookAsync(client, body, Hmac(body, DevelopmentHost.DevelopmentSecret("Razorpay:WebhookSecret"))))
            .ReadAsync<WebhookAck>(HttpStatusCode.OK);

        unsigned.Code.ShouldBe("webhook.signature_missing");
        unsigned.Detail!.ShouldContain("The X-Razorpay-Signature header is missing");
        unsigned.Detail!.ShouldContain("./build/webhook.sh razorpay payment.captured");
        foreign.Code.ShouldBe("webhook.signature_invalid");
        foreign.Detail!.ShouldContain("development secret (Payments:Razorpay:WebhookSecret");
        pendingMeanwhile.ShouldBe(("PendingPayment", "Pending"));
        signed.Outcome.ShouldBe("processed");
        (await DevelopmentHost.StatusAsync(customer, checkout)).ShouldBe(("Paid", "Succeeded"));
    }

    [Fact]
    public async Task A_verified_event_naming_a_payment_of_another_region_is_422_there_and_leaves_it_unpaid()
    {
        var (customer, checkout) = await _host.PendingCheckoutAsync("europe", "EUR", 40m);
        var europePayment = checkout.Payment.ProviderPaymentId!;
        var body = PaymentEvent("payment.captured", "pay_dev_2", europePayment, 4000, "captured");

        var signature = Hmac(body, DevelopmentHost.DevelopmentSecret("Razorpay:WebhookSecret"));
        var answer = await SendWebhookAsync(_host.ClientFor("south-asia"), body, signature);

        var problem = await Problem.ReadAsync(answer, HttpStatusCode.UnprocessableEntity);
        problem.Code.ShouldBe("webhook.payment_unknown");
        problem.Detail!.ShouldContain($"payment '{europePayment}', which region 'south-asia' does not have");
        (await DevelopmentHost.StatusAsync(customer, checkout)).ShouldBe(("PendingPayment", "Pending"));
    }

    [Fact]
    public async Task Build_webhook_sh_pays_pending_checkouts_of_the_running_host_and_shows_why_another_secret_is_refused()
    {
        var (europeCustomer, europe) = await _host.PendingCheckoutAsync("europe", "EUR", 23.99m);
        var (asiaCustomer, asia) = await _host.PendingCheckoutAsync("south-asia", "INR", 1519m);

        var foreign = await _host.RunWebhookScriptAsync(
            new Dictionary<string, string> { ["WEBHOOK_SECRET"] = "not-the-development-secret" },
            "razorpay", "payment.captured", asia.Payment.ProviderPaymentId!, Amount(asia));
        var unknown = await _host.RunWebhookScriptAsync(null, "stripe", "payment_intent.succeeded", "manual_0000", Amount(europe));
        var stripe = await _host.RunWebhookScriptAsync(null, "stripe", "payment_intent.succeeded", europe.Payment.ProviderPaymentId!, Amount(europe));
        var razorpay = await _host.RunWebhookScriptAsync(null, "razorpay", "payment.captured", asia.Payment.ProviderPaymentId!, Amount(asia));

        foreign.ExitCode.ShouldBe(1, foreign.Output);
        foreign.Output.ShouldContain("HTTP 400");
        foreign.Output.ShouldContain("webhook.signature_invalid");
        unknown.ExitCode.ShouldBe(1, unknown.Output);
        unknown.Output.ShouldContain("webhook.payment_unknown");
        stripe.ExitCode.ShouldBe(0, stripe.Output);
        stripe.Output.ShouldContain("\"outcome\":\"processed\"");
        razorpay.ExitCode.ShouldBe(0, razorpay.Output);
        razorpay.Output.ShouldContain("\"outcome\":\"processed\"");
        (await DevelopmentHost.StatusAsync(europeCustomer, europe)).ShouldBe(("Paid", "Succeeded"));
        (await DevelopmentHost.StatusAsync(asiaCustomer, asia)).ShouldBe(("Paid", "Succeeded"));
    }

    [Fact]
    public async Task A_failure_event_from_the_script_records_the_failed_payment_and_leaves_the_order_waiting()
    {
        var (customer, checkout) = await _host.PendingCheckoutAsync("europe", "EUR", 9.90m);

        var failed = await _host.RunWebhookScriptAsync(
            null, "stripe", "payment_intent.payment_failed", checkout.Payment.ProviderPaymentId!, Amount(checkout));

        failed.ExitCode.ShouldBe(0, failed.Output);
        (await DevelopmentHost.StatusAsync(customer, checkout)).ShouldBe(("PendingPayment", "Failed"));
    }

    [Fact]
    public async Task A_published_development_secret_stops_a_host_whose_payments_are_not_offline_from_starting()
    {
        await using var host = new EmbeddedSqliteHost("dev-secret-online", builder =>
        {
            builder.UseSetting("Payments:Offline", "false");
            builder.UseSetting("Payments:Stripe:WebhookSecret", DevelopmentHost.DevelopmentSecret("Stripe:WebhookSecret"));
        });

        var refused = Should.Throw<Exception>(() => host.Services);

        refused.ToString().ShouldContain("a published development webhook secret (containing 'dev_not_for_production')");
    }

    /// <summary>The checkout's total as the README reads it from the checkout answer.</summary>
    private static string Amount(CheckoutResult checkout) => checkout.Total.Amount.ToString(CultureInfo.InvariantCulture);
}
