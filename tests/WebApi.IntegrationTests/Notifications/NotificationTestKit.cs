using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Notifications.Dispatch;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Orders;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using Microsoft.Extensions.DependencyInjection;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Notifications;

/// <summary>A verified user of one region who receives notifications, with a client signed in as them.</summary>
public sealed record Recipient(string Tenant, Guid UserId, string Email, string? Phone, HttpClient Client);

/// <summary>Recipients, paid orders, dispatch rounds and readers of the inbox for the notification tests.</summary>
public sealed class NotificationTestKit(ApiFactory api)
{
    public IdentityKit Identity { get; } = new(api);

    /// <summary>A user with a verified email (and phone, when asked), created directly in the region's database.</summary>
    public async Task<Recipient> RecipientAsync(string tenant, string fullName = "Asha Rao", bool withPhone = false, string? locale = null)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(tenant)!);
        var email = IdentityKit.NewEmail("notify");
        var user = User.Register(Guid.CreateVersion7(), email, "no-password-sign-in", fullName, null, DateTimeOffset.UtcNow);
        user.VerifyEmail();
        var phone = withPhone ? IdentityKit.NewPhone() : null;
        if (phone is not null)
        {
            user.VerifyPhone(phone);
        }

        if (locale is not null)
        {
            user.ChangeLocale(locale);
        }

        services.GetRequiredService<IUserRepository>().Add(user);
        // A real session, as sign-in starts: the token is refused once it is revoked.
        var signedIn = services.GetRequiredService<SessionIssuer>().Start(user);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        var token = signedIn.AccessToken;
        return new Recipient(tenant, user.Id, email, phone, api.ClientWithToken(tenant, token));
    }

    /// <summary>One product of a fresh verified seller, enough stock for <paramref name="stock"/> single-item orders.</summary>
    public async Task<Guid> ProductAsync(string tenant, decimal price, int stock = 5)
    {
        var seller = await SellerAsync(api, tenant);
        return (await OrderTestKit.ProductAsync(api, seller, tenant, price, stock)).Id;
    }

    public async Task<Guid> PlacedOrderAsync(Recipient customer, Guid productId)
    {
        await AddToCartAsync(customer.Client, productId, 1);
        return (await PlaceAsync(customer.Client)).Orders.Single().Id;
    }

    /// <summary>Placed, then paid through the admin route.</summary>
    public async Task<Guid> PaidOrderAsync(Recipient customer, Guid productId)
    {
        var orderId = await PlacedOrderAsync(customer, productId);
        (await api.AdminFor(customer.Tenant).PostAsync($"/api/v1/admin/orders/{orderId}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return orderId;
    }

    /// <summary>Dispatch rounds in <paramref name="tenant"/>, each in its own scope as a scheduled job runs them, until one finds nothing to do.</summary>
    public async Task<DispatchResult> DispatchAsync(string tenant)
    {
        var total = new DispatchResult(0, 0, 0, 0);
        while (true)
        {
            var round = await DispatchOnceAsync(tenant);
            total = new DispatchResult(
                total.EventsDispatched + round.EventsDispatched, total.Sent + round.Sent, total.Failed + round.Failed, total.DeadLettered + round.DeadLettered);
            if (!round.DidWork)
            {
                return total;
            }
        }
    }

    public async Task<DispatchResult> DispatchOnceAsync(string tenant)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(tenant)!);
        return await services.GetRequiredService<NotificationDispatcher>().DispatchAsync(CancellationToken.None);
    }

    public static async Task<NotificationPage> InboxAsync(HttpClient client, int limit = 100) =>
        await (await client.GetAsync($"/api/v1/me/notifications?limit={limit}")).ReadAsync<NotificationPage>(HttpStatusCode.OK);

    /// <summary>The emails SendGrid received for the recipient with exactly this subject, waiting briefly for <paramref name="expected"/> of them.</summary>
    public async Task<IReadOnlyList<SentEmail>> EmailsAsync(Recipient recipient, string subject, int expected = 1)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        var emails = Matching();
        while (emails.Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            emails = Matching();
        }

        return emails;

        IReadOnlyList<SentEmail> Matching() => [.. Identity.EmailsTo(recipient.Tenant, recipient.Email).Where(e => e.Subject == subject)];
    }

    public static string OrderNumber(Guid orderId) => TemplateValues.ShortId(orderId);

    public static Task<long> CountAsync(string tenant, string sql, params (string Name, object Value)[] parameters) =>
        TestDatabases.ScalarAsync<long>(tenant, sql, parameters);

    public static async Task SetLocaleAsync(Recipient recipient, string locale) =>
        (await recipient.Client.PutAsJsonAsync("/api/v1/me/locale", new { locale })).StatusCode.ShouldBe(HttpStatusCode.OK);
}
