using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Notifications.NotificationTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Notifications;

/// <summary>The in-app inbox: only its owner in its own region sees or marks a notification.</summary>
[Collection(ApiCollection.Name)]
public sealed class NotificationInboxTests(ApiFactory api)
{
    private readonly NotificationTestKit _kit = new(api);

    [Fact]
    public async Task The_owner_reads_their_inbox_newest_first_and_marks_notifications_read()
    {
        const string tenant = "south-asia";
        var customer = await _kit.RecipientAsync(tenant);
        await _kit.PaidOrderAsync(customer, await _kit.ProductAsync(tenant, 450m));
        await _kit.DispatchAsync(tenant);

        var first = await (await customer.Client.GetAsync("/api/v1/me/notifications?limit=1")).ReadAsync<NotificationPage>(HttpStatusCode.OK);
        first.Items.ShouldHaveSingleItem().Template.ShouldBe(NotificationTemplates.OrderPaid);
        first.UnreadCount.ShouldBe(2);
        var second = await (await customer.Client.GetAsync($"/api/v1/me/notifications?limit=1&cursor={Uri.EscapeDataString(first.NextCursor!)}"))
            .ReadAsync<NotificationPage>(HttpStatusCode.OK);
        second.Items.ShouldHaveSingleItem().Template.ShouldBe(NotificationTemplates.OrderPlaced);
        second.NextCursor.ShouldBeNull();

        var read = await (await customer.Client.PostAsync($"/api/v1/me/notifications/{first.Items[0].Id}/read", null))
            .ReadAsync<NotificationDto>(HttpStatusCode.OK);
        read.ReadAt.ShouldNotBeNull();
        var again = await (await customer.Client.PostAsync($"/api/v1/me/notifications/{first.Items[0].Id}/read", null))
            .ReadAsync<NotificationDto>(HttpStatusCode.OK);
        again.ReadAt!.Value.ShouldBe(read.ReadAt.Value, TimeSpan.FromMilliseconds(1), "reading again keeps the first read time (stored to the microsecond)");
        (await InboxAsync(customer.Client)).UnreadCount.ShouldBe(1);
        (await Problem.ReadAsync(await customer.Client.GetAsync("/api/v1/me/notifications?limit=0"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["limit"]);
        (await api.ClientFor(tenant).GetAsync("/api/v1/me/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_user_can_neither_see_nor_mark_your_notification()
    {
        const string tenant = "europe";
        var owner = await _kit.RecipientAsync(tenant);
        var stranger = await _kit.RecipientAsync(tenant);
        await _kit.PaidOrderAsync(owner, await _kit.ProductAsync(tenant, 30m));
        await _kit.DispatchAsync(tenant);
        var notification = (await InboxAsync(owner.Client)).Items[0];

        (await Problem.ReadAsync(await stranger.Client.PostAsync($"/api/v1/me/notifications/{notification.Id}/read", null), HttpStatusCode.NotFound))
            .Code.ShouldBe("notification.not_found");
        (await InboxAsync(stranger.Client)).Items.ShouldBeEmpty();
        (await api.AdminFor(tenant).PostAsync($"/api/v1/me/notifications/{notification.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await InboxAsync(owner.Client)).UnreadCount.ShouldBe(2, "nobody else's attempt marked it read");
    }

    [Fact]
    public async Task Europe_notifications_are_invisible_to_south_asia()
    {
        var european = await _kit.RecipientAsync("europe");
        await _kit.PaidOrderAsync(european, await _kit.ProductAsync("europe", 19m));
        await _kit.DispatchAsync("europe");
        var notification = (await InboxAsync(european.Client)).Items[0];
        var asian = await _kit.RecipientAsync("south-asia");
        await _kit.DispatchAsync("south-asia");

        (await InboxAsync(asian.Client)).Items.ShouldBeEmpty();
        (await asian.Client.PostAsync($"/api/v1/me/notifications/{notification.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The European token on a South Asian route is refused before any lookup.
        var crossRegion = api.ClientFor("south-asia");
        crossRegion.DefaultRequestHeaders.Authorization = european.Client.DefaultRequestHeaders.Authorization;
        (await crossRegion.GetAsync("/api/v1/me/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountAsync("south-asia", "SELECT count(*) FROM notifications WHERE id = @id OR recipient_id = @user", ("id", notification.Id), ("user", european.UserId))).ShouldBe(0);
        (await CountAsync("south-asia", "SELECT count(*) FROM notification_deliveries WHERE recipient_id = @user", ("user", european.UserId)))
            .ShouldBe(0);
        (await CountAsync("europe", "SELECT count(*) FROM notifications WHERE id = @id AND tenant_id = 'europe'", ("id", notification.Id)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task The_locale_is_one_of_the_regions_locales()
    {
        var customer = await _kit.RecipientAsync("europe");

        var refused = await customer.Client.PutAsJsonAsync("/api/v1/me/locale", new { locale = "hi-IN" });
        (await Problem.ReadAsync(refused, HttpStatusCode.BadRequest))
            .Errors["locale"].ShouldHaveSingleItem().ShouldBe("The locale must be one of the region's: en, de, fr.");
        var set = await (await customer.Client.PutAsJsonAsync("/api/v1/me/locale", new { locale = "DE" }))
            .ReadAsync<NotificationPreferencesDto>(HttpStatusCode.OK);
        set.Locale.ShouldBe("de");
        (await TestDatabases.ScalarAsync<string>("europe", "SELECT locale FROM users WHERE id = @id", ("id", customer.UserId))).ShouldBe("de");
        var south = await _kit.RecipientAsync("south-asia");
        (await (await south.Client.GetAsync("/api/v1/me/notification-preferences")).ReadAsync<NotificationPreferencesDto>(HttpStatusCode.OK))
            .Locale.ShouldBe("en-IN", "until chosen, the region's first locale");
    }
}
