using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Notifications.NotificationTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Notifications;

/// <summary>Domain events become emails, text messages and in-app notifications in the recipient's language.</summary>
[Collection(ApiCollection.Name)]
public sealed class NotificationDispatchTests(ApiFactory api)
{
    private readonly NotificationTestKit _kit = new(api);

    [Theory]
    [InlineData("europe", "de", 24.99, "Zahlung für Bestellung {0} erhalten", "24,99", "de")]
    [InlineData("europe", "en", 24.99, "Payment received for order {0}", "€24.99", "en")]
    [InlineData("south-asia", "hi-IN", 1499, "ऑर्डर {0} का भुगतान मिल गया", "₹1,499.00", "hi")]
    public async Task An_order_paid_sends_one_email_and_one_in_app_notification_in_the_users_locale(
        string tenant, string locale, double price, string subjectFormat, string amountText, string htmlLang)
    {
        var customer = await _kit.RecipientAsync(tenant, "Asha Rao");
        await SetLocaleAsync(customer, locale);
        var orderId = await _kit.PaidOrderAsync(customer, await _kit.ProductAsync(tenant, (decimal)price));

        await _kit.DispatchAsync(tenant);
        await _kit.DispatchAsync(tenant); // a second run finds nothing left to send

        var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, subjectFormat, OrderNumber(orderId));
        var email = (await _kit.EmailsAsync(customer, subject)).ShouldHaveSingleItem();
        email.To.ShouldBe(customer.Email);
        email.FromEmail.ShouldBe(Identity.IdentityKit.EmailFrom[tenant]);
        email.Text.ShouldContain("Asha Rao");
        email.Text.ShouldContain(amountText);
        email.Html.ShouldContain($"<html lang=\"{htmlLang}\">");
        email.Html.ShouldContain(amountText);

        var inbox = await InboxAsync(customer.Client);
        var paid = inbox.Items.Where(n => n.Template == NotificationTemplates.OrderPaid).ShouldHaveSingleItem();
        paid.Title.ShouldBe(subject);
        paid.Body.ShouldContain(amountText);
        paid.ReadAt.ShouldBeNull();
        inbox.Items.Select(n => n.Template).ShouldBe([NotificationTemplates.OrderPaid, NotificationTemplates.OrderPlaced]);
        inbox.UnreadCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_locale_the_region_does_not_offer_falls_back_to_english_and_shipping_carries_the_tracking_number()
    {
        const string tenant = "europe";
        var customer = await _kit.RecipientAsync(tenant, "Lena Weber", locale: "fr"); // Europe offers fr; no French texts exist yet
        var seller = await Products.CatalogTestData.SellerAsync(api, tenant);
        var product = await Orders.OrderTestKit.ProductAsync(api, seller, tenant, 12.50m, stock: 3);
        var orderId = await _kit.PaidOrderAsync(customer, product.Id);
        foreach (var body in new object[] { new { status = "InProduction" }, new { status = "Shipped", trackingNumber = "DHL-00340434" } })
        {
            (await seller.Client.PostAsJsonAsync($"/api/v1/seller/orders/{orderId}/status", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await _kit.DispatchAsync(tenant);

        var shipped = (await _kit.EmailsAsync(customer, $"Order {OrderNumber(orderId)} is on its way")).ShouldHaveSingleItem();
        shipped.Text.ShouldContain("Tracking number: DHL-00340434");
        shipped.Html.ShouldContain("<html lang=\"en\">");
        shipped.Text.ShouldContain("GDPR"); // Europe's own English footer
        (await InboxAsync(customer.Client)).Items.Select(n => n.Template)
            .ShouldBe([NotificationTemplates.OrderShipped, NotificationTemplates.OrderPaid, NotificationTemplates.OrderPlaced]);
    }

    [Fact]
    public async Task A_kyc_rejection_reaches_the_owner_with_the_reason_encoded_in_the_html()
    {
        const string tenant = "south-asia";
        const string reason = "<script>alert('x')</script> & the scan is blurry";
        var (owner, seller) = await Sellers.SellerTestKit.NewSubmittedSellerAsync(api, tenant);
        (await api.AdminFor(tenant).PostAsJsonAsync($"/api/v1/admin/sellers/{seller.Id}/kyc/reject", new { reason }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await _kit.DispatchAsync(tenant);

        var email = _kit.Identity.EmailsTo(tenant, await OwnerEmailAsync(owner.UserId))
            .Where(e => e.Subject == $"Your shop {seller.BusinessName} needs attention").ShouldHaveSingleItem();
        email.Text.ShouldContain($"Reason: {reason}");
        email.Html.ShouldContain("Reason: &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; the scan is blurry");
        email.Html.ShouldNotContain("<script>");
        var inApp = (await InboxAsync(owner.Client)).Items.ShouldHaveSingleItem();
        inApp.Template.ShouldBe(NotificationTemplates.KycRejected);
        inApp.Body.ShouldBe($"Verification of {seller.BusinessName} was not approved: {reason}");
    }

    [Fact]
    public async Task Events_that_notify_nobody_are_marked_processed_without_sending()
    {
        const string tenant = "europe";
        var categoryId = await Products.CatalogTestData.CategoryAsync(api, tenant);
        const string eventRow = "FROM outbox_messages WHERE type = 'CategoryCreated' AND payload->>'categoryId' = @id";

        await _kit.DispatchAsync(tenant);

        (await CountAsync(tenant, $"SELECT count(*) {eventRow} AND processed_at IS NOT NULL AND attempts = 0", ("id", categoryId.ToString())))
            .ShouldBe(1);
        (await CountAsync(tenant, $"SELECT count(*) FROM notification_deliveries WHERE event_id IN (SELECT id {eventRow})", ("id", categoryId.ToString()))).ShouldBe(0);
        (await CountAsync(tenant, $"SELECT count(*) FROM notifications WHERE event_id IN (SELECT id {eventRow})", ("id", categoryId.ToString())))
            .ShouldBe(0);
    }

    private static async Task<string> OwnerEmailAsync(Guid userId) =>
        (await TestDatabases.ScalarAsync<string>("south-asia", "SELECT email FROM users WHERE id = @id", ("id", userId)))!;
}
