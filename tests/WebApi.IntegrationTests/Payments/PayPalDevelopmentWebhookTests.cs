using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>
/// PayPal in the development run: no region pays through it by default, so europe is switched to PayPal as a developer
/// would (<c>Tenants__europe__PaymentProvider=PayPal</c>). PayPal's own signatures can only be checked by PayPal, so
/// development events are signed with the development secret (HMAC-SHA256 over id|time|body, PAYPAL-AUTH-ALGO HMACSHA256).
/// </summary>
public sealed class PayPalDevelopmentWebhookTests : IAsyncLifetime
{
    private const string Tenant = "europe";

    private readonly DevelopmentHost _host = new("dev-paypal-webhooks", builder => builder.UseSetting($"Tenants:{Tenant}:PaymentProvider", "PayPal"));

    public Task InitializeAsync() => _host.MigrateAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Build_webhook_sh_sends_a_capture_that_pays_the_pending_checkout()
    {
        var (customer, checkout) = await _host.PendingCheckoutAsync(Tenant, "EUR", 31.40m);

        var sent = await _host.RunWebhookScriptAsync(
            new Dictionary<string, string> { ["TENANT"] = Tenant },
            "paypal", "PAYMENT.CAPTURE.COMPLETED", checkout.Payment.ProviderPaymentId!, checkout.Total.Amount.ToString(CultureInfo.InvariantCulture));

        sent.ExitCode.ShouldBe(0, sent.Output);
        sent.Output.ShouldContain("\"outcome\":\"processed\"");
        (await DevelopmentHost.StatusAsync(customer, checkout)).ShouldBe(("Paid", "Succeeded"));
    }

    [Fact]
    public async Task Unsigned_foreign_stale_and_really_paypal_signed_events_are_400_saying_why_and_change_nothing()
    {
        var (customer, checkout) = await _host.PendingCheckoutAsync(Tenant, "EUR", 18m);
        var body = PayPalKit.CaptureEvent("PAYMENT.CAPTURE.COMPLETED", checkout.Payment.ProviderPaymentId!, 18m, "COMPLETED").Replace("INR", "EUR");
        var secret = DevelopmentHost.DevelopmentSecret("PayPal:OfflineWebhookSecret");
        var client = _host.ClientFor(Tenant);
        var unsignedHeaders = Signed(body, secret, DateTimeOffset.UtcNow);
        unsignedHeaders.Remove("PAYPAL-TRANSMISSION-SIG");

        var unsigned = await Problem.ReadAsync(await PayPalKit.SendWebhookAsync(client, body, unsignedHeaders), HttpStatusCode.BadRequest);
        var foreign = await Problem.ReadAsync(
            await PayPalKit.SendWebhookAsync(client, body, Signed(body, "another-secret", DateTimeOffset.UtcNow)), HttpStatusCode.BadRequest);
        var stale = await Problem.ReadAsync(
            await PayPalKit.SendWebhookAsync(client, body, Signed(body, secret, DateTimeOffset.UtcNow.AddMinutes(-6))), HttpStatusCode.BadRequest);
        var byPayPal = await Problem.ReadAsync(await PayPalKit.SendWebhookAsync(client, body, PayPalKit.Transmission()), HttpStatusCode.BadRequest);

        unsigned.Code.ShouldBe("webhook.signature_missing");
        unsigned.Detail!.ShouldContain("./build/webhook.sh paypal PAYMENT.CAPTURE.COMPLETED");
        foreign.Code.ShouldBe("webhook.signature_invalid");
        foreign.Detail!.ShouldContain("development secret (Payments:PayPal:OfflineWebhookSecret");
        stale.Code.ShouldBe("webhook.timestamp_outside_tolerance");
        byPayPal.Code.ShouldBe("webhook.signature_malformed");
        byPayPal.Detail!.ShouldContain("PAYPAL-AUTH-ALGO: HMACSHA256");
        (await DevelopmentHost.StatusAsync(customer, checkout)).ShouldBe(("PendingPayment", "Pending"));
    }

    /// <summary>The development transmission headers, signed independently of the code under test.</summary>
    private static Dictionary<string, string> Signed(string body, string secret, DateTimeOffset at)
    {
        var id = Guid.NewGuid().ToString();
        var time = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{id}|{time}|{body}")));
        return new()
        {
            ["PAYPAL-TRANSMISSION-ID"] = id,
            ["PAYPAL-TRANSMISSION-TIME"] = time,
            ["PAYPAL-AUTH-ALGO"] = "HMACSHA256",
            ["PAYPAL-TRANSMISSION-SIG"] = signature,
        };
    }
}
