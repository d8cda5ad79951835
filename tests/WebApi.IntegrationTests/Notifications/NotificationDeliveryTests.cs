using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static CustomiseYou.WebApi.IntegrationTests.Notifications.NotificationTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Notifications;

/// <summary>Channels follow preferences; failed sends retry with backoff and end as dead letters; nothing is sent twice.</summary>
[Collection(ApiCollection.Name)]
public sealed class NotificationDeliveryTests(ApiFactory api)
{
    private readonly NotificationTestKit _kit = new(api);

    [Fact]
    public async Task Preferences_choose_the_channels_but_transactional_email_cannot_be_switched_off()
    {
        const string tenant = "europe";
        var customer = await _kit.RecipientAsync(tenant, withPhone: true);
        var defaults = await (await customer.Client.GetAsync("/api/v1/me/notification-preferences"))
            .ReadAsync<NotificationPreferencesDto>(HttpStatusCode.OK);
        defaults.Locale.ShouldBe("en");
        defaults.AvailableLocales.ShouldBe(["en", "de", "fr"]);
        defaults.Categories.ShouldContain(new CategoryPreferenceDto(NotificationCategory.Payment, true, true, true, true));
        defaults.Categories.ShouldContain(new CategoryPreferenceDto(NotificationCategory.Marketing, false, false, false, false));

        var refused = await customer.Client.PutAsJsonAsync("/api/v1/me/notification-preferences", new
        {
            categories = new[] { new { category = "Order", email = false, sms = true, inApp = true } },
        });
        (await Problem.ReadAsync(refused, HttpStatusCode.BadRequest)).Errors["categories[0].email"].ShouldHaveSingleItem()
            .ShouldContain("Email cannot be switched off for Order messages");
        var nullEntry = await customer.Client.PutAsync("/api/v1/me/notification-preferences",
            new StringContent("""{"categories":[null]}""", System.Text.Encoding.UTF8, "application/json"));
        (await Problem.ReadAsync(nullEntry, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["categories[0]"]);
        var saved = await (await customer.Client.PutAsJsonAsync("/api/v1/me/notification-preferences", new
        {
            locale = "de",
            categories = new[] { new { category = "Payment", email = true, sms = false, inApp = false } },
        })).ReadAsync<NotificationPreferencesDto>(HttpStatusCode.OK);
        saved.Locale.ShouldBe("de");
        saved.Categories.ShouldContain(new CategoryPreferenceDto(NotificationCategory.Payment, true, true, false, false));

        var orderId = await _kit.PaidOrderAsync(customer, await _kit.ProductAsync(tenant, 9.90m));
        await _kit.DispatchAsync(tenant);

        // Placed (Order: every channel) reaches the phone; paid (Payment: SMS and in-app off) only the mailbox.
        var text = await _kit.Identity.LatestTextAsync(customer.Phone!);
        NotificationTemplateTests.Spaced(text.Body).ShouldBe($"Bestellung {OrderNumber(orderId)} (9,90 €) ist eingegangen. Bitte schließen Sie die Zahlung ab, um sie zu bestätigen.");
        text.From.ShouldBe(IdentityKit.SmsFrom[tenant]);
        _kit.Identity.TextsTo(customer.Phone!).Count.ShouldBe(1);
        (await _kit.EmailsAsync(customer, $"Zahlung für Bestellung {OrderNumber(orderId)} erhalten")).Count.ShouldBe(1);
        (await InboxAsync(customer.Client)).Items.Select(n => n.Template).ShouldBe([NotificationTemplates.OrderPlaced]);
    }

    [Fact]
    public async Task A_provider_outage_retries_with_exponential_backoff_then_dead_letters_for_an_admin_to_retry()
    {
        const string tenant = "south-asia";
        var customer = await _kit.RecipientAsync(tenant);
        var outage = FailSendGridFor(customer.Email);
        var orderId = await _kit.PlacedOrderAsync(customer, await _kit.ProductAsync(tenant, 799m));
        var placedSubject = $"We received your order {OrderNumber(orderId)}";
        try
        {
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                var round = await _kit.DispatchAsync(tenant);
                var (attempts, status, waitSeconds) = await DeliveryStateAsync(customer.UserId);
                attempts.ShouldBe(attempt);
                if (attempt < 5)
                {
                    status.ShouldBe("Failed");
                    waitSeconds.ShouldBe(30 * Math.Pow(2, attempt - 1)); // 30 s, 1, 2, 4 minutes
                    // Time passes: the next attempt is due.
                    await TestDatabases.ScalarAsync<object>(tenant, "UPDATE notification_deliveries SET next_attempt_at = now() - interval '1 second' WHERE recipient_id = @id", ("id", customer.UserId));
                }
                else
                {
                    status.ShouldBe("DeadLettered");
                    round.DeadLettered.ShouldBeGreaterThanOrEqualTo(1);
                }
            }

            var failures = await _kit.EmailsAsync(customer, placedSubject, expected: 5);
            failures.Count.ShouldBe(5);
            failures.ShouldAllBe(e => e.Entry.MappingGuid == outage && e.Entry.ResponseMessage.StatusCode!.Equals(500));
        }
        finally
        {
            api.Providers.Server.DeleteMapping(outage);
        }

        var admin = api.AdminFor(tenant);
        (await customer.Client.GetAsync("/api/v1/admin/notifications/dead-letters")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var deadLetters = await (await admin.GetAsync("/api/v1/admin/notifications/dead-letters?limit=100"))
            .ReadAsync<NotificationDeliveryPage>(HttpStatusCode.OK);
        var deadLetter = deadLetters.Items.Where(d => d.RecipientId == customer.UserId).ShouldHaveSingleItem();
        deadLetter.Channel.ShouldBe(NotificationChannel.Email);
        deadLetter.Template.ShouldBe(NotificationTemplates.OrderPlaced);
        deadLetter.Attempts.ShouldBe(5);
        deadLetter.LastError.ShouldBe("ExternalServiceException: SendGrid: answered 500");

        var retried = await (await admin.PostAsync($"/api/v1/admin/notifications/dead-letters/{deadLetter.Id}/retry", null))
            .ReadAsync<NotificationDeliveryDto>(HttpStatusCode.Accepted);
        retried.Status.ShouldBe(DeliveryStatus.Pending);
        retried.Attempts.ShouldBe(0);
        await _kit.DispatchAsync(tenant);

        var all = await _kit.EmailsAsync(customer, placedSubject, expected: 6);
        all.Count.ShouldBe(6);
        all[^1].Entry.ResponseMessage.StatusCode!.ShouldBe(202);
        (await Problem.ReadAsync(
                await admin.PostAsync($"/api/v1/admin/notifications/dead-letters/{deadLetter.Id}/retry", null), HttpStatusCode.Conflict))
            .Code.ShouldBe("notification.not_dead_lettered");
        (await Problem.ReadAsync(
                await admin.PostAsync($"/api/v1/admin/notifications/dead-letters/{Guid.NewGuid()}/retry", null), HttpStatusCode.NotFound))
            .Code.ShouldBe("notification.delivery_not_found");
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_send_every_message_exactly_once()
    {
        const string tenant = "europe";
        var productId = await _kit.ProductAsync(tenant, 15m, stock: 8);
        var customers = new List<(Recipient Customer, Guid OrderId)>();
        for (var i = 0; i < 8; i++)
        {
            var customer = await _kit.RecipientAsync(tenant, withPhone: true);
            customers.Add((customer, await _kit.PaidOrderAsync(customer, productId)));
        }

        // Both start together and drain the same tenant; each claims what the other has not.
        var start = new TaskCompletionSource();
        var dispatchers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await _kit.DispatchAsync(tenant);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(dispatchers);

        results.Sum(r => r.EventsDispatched).ShouldBeGreaterThanOrEqualTo(16);
        foreach (var (customer, orderId) in customers)
        {
            (await _kit.EmailsAsync(customer, $"We received your order {OrderNumber(orderId)}")).Count.ShouldBe(1);
            (await _kit.EmailsAsync(customer, $"Payment received for order {OrderNumber(orderId)}")).Count.ShouldBe(1);
            (await _kit.Identity.LatestTextAsync(customer.Phone!, expectedCount: 2)).To.ShouldBe(customer.Phone);
            _kit.Identity.TextsTo(customer.Phone!).Count.ShouldBe(2);
            (await CountAsync(tenant, "SELECT count(*) FROM notifications WHERE recipient_id = @id", ("id", customer.UserId))).ShouldBe(2);
            (await CountAsync(tenant, "SELECT count(*) FROM notification_deliveries WHERE recipient_id = @id AND status = 'Sent' AND attempts = 1", ("id", customer.UserId)))
                .ShouldBe(4);
        }
    }

    /// <summary>The recipient's one email delivery: attempts, status and the wait between its last attempt and the next.</summary>
    private static async Task<(int Attempts, string Status, double WaitSeconds)> DeliveryStateAsync(Guid recipientId)
    {
        const string where = "FROM notification_deliveries WHERE recipient_id = @id AND channel = 'Email'";
        return (
            await TestDatabases.ScalarAsync<int>("south-asia", $"SELECT attempts {where}", ("id", recipientId)),
            (await TestDatabases.ScalarAsync<string>("south-asia", $"SELECT status {where}", ("id", recipientId)))!,
            (double)(await TestDatabases.ScalarAsync<decimal>("south-asia", $"SELECT extract(epoch FROM next_attempt_at - last_attempt_at) {where}", ("id", recipientId))));
    }

    /// <summary>SendGrid answers 500 for this recipient only, so the shared stub stays healthy for every other test.</summary>
    private Guid FailSendGridFor(string email)
    {
        var guid = Guid.NewGuid();
        api.Providers.Server
            .Given(Request.Create().WithPath(IdentityKit.SendGridPath).UsingPost().WithBody(new WildcardMatcher($"*{email}*")))
            .WithGuid(guid)
            .AtPriority(-1)
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("{\"errors\":[{\"message\":\"internal error\"}]}"));
        return guid;
    }
}
