using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Notifications.Dispatch;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Notifications;

/// <summary>
/// The dispatcher on the embedded default: SQLite files, email written to the file outbox, an SMS provider that
/// cannot be reached. Its own host and temporary directory, so it runs beside the PostgreSQL tests.
/// </summary>
public sealed class EmbeddedSqliteDispatchTests : IAsyncLifetime
{
    private const string Tenant = "europe";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"customiseyou-notify-{Guid.NewGuid():N}");
    private readonly WebApplicationFactory<Program> _host;

    public EmbeddedSqliteDispatchTests() => _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Jobs:Store", "Memory"); // the embedded default: no scheduler database either
        builder.UseSetting("Jobs:Schedules:Enabled", "false");
        builder.UseSetting("Payments:Offline", "true");
        builder.UseSetting("Jwt:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        builder.UseSetting("Notifications:Email:Provider", "File");
        builder.UseSetting("Notifications:OutboxDirectory", Path.Combine(_directory, "outbox"));
        builder.UseSetting("Notifications:Sms:Provider", "Twilio");
        builder.UseSetting("Notifications:Sms:TwilioAccountSid", ProviderStubs.TwilioAccountSid);
        builder.UseSetting("Notifications:Sms:TwilioAuthToken", ProviderStubs.TwilioAuthToken);
        builder.UseSetting("Notifications:Sms:TwilioBaseUrl", "http://127.0.0.1:9"); // nothing listens: every send fails
        foreach (var tenant in TestDatabases.Tenants)
        {
            builder.UseSetting($"Tenants:{tenant}:Database:Provider", "Sqlite");
            builder.UseSetting($"Tenants:{tenant}:Database:ConnectionString", $"Data Source={Path.Combine(_directory, tenant + ".db")}");
        }
    });

    public async Task InitializeAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantDatabaseMigrator>().MigrateAllAsync(seedDemoData: false, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Events_are_dispatched_retried_and_dead_lettered_on_sqlite()
    {
        var (ownerId, token, businessName) = await RejectedSellerAsync("Unleserlicher Scan <b>bitte neu</b>");

        var first = await DispatchAsync();

        first.EventsDispatched.ShouldBeGreaterThanOrEqualTo(1);
        first.Sent.ShouldBe(1);
        first.Failed.ShouldBe(1);
        var email = Directory.GetFiles(Path.Combine(_directory, "outbox"), $"*-{Tenant}-email-*.txt").ShouldHaveSingleItem();
        (await File.ReadAllTextAsync(email)).ShouldContain($"Subject: Ihr Shop {businessName} braucht Ihre Aufmerksamkeit");
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Tenant", Tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var inbox = await (await client.GetAsync("/api/v1/me/notifications")).ReadAsync<NotificationPage>(HttpStatusCode.OK);
        inbox.Items.ShouldHaveSingleItem().Body.ShouldBe($"Die Verifizierung von {businessName} wurde abgelehnt: Unleserlicher Scan <b>bitte neu</b>");

        // The failed SMS waits for its backoff, then is due again; a lease that ran out dead-letters it.
        (await DispatchAsync()).DidWork.ShouldBeFalse();
        await ChangeSmsAsync(ownerId, set => set.SetProperty(d => d.NextAttemptAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        (await DispatchAsync()).Failed.ShouldBe(1);
        (await SmsAsync(ownerId)).Attempts.ShouldBe(2);
        await ChangeSmsAsync(ownerId, set => set.SetProperty(d => d.Status, DeliveryStatus.Sending).SetProperty(d => d.LeaseUntil, DateTimeOffset.UtcNow.AddMinutes(-1)));
        (await DispatchAsync()).DeadLettered.ShouldBe(1);
        var sms = await SmsAsync(ownerId);
        sms.Status.ShouldBe(DeliveryStatus.DeadLettered);
        sms.LastError.ShouldStartWith("The dispatcher stopped while sending");
    }

    private async Task<(Guid OwnerId, string Token, string BusinessName)> RejectedSellerAsync(string reason)
    {
        await using var scope = TenantScope(out var services);
        var now = DateTimeOffset.UtcNow;
        var owner = User.Register(Guid.CreateVersion7(), $"owner-{Guid.NewGuid():N}@test.example", "no-password-sign-in", "Lena Weber", null, now);
        owner.VerifyEmail();
        owner.VerifyPhone("+4915112345678");
        owner.ChangeLocale("de");
        var businessName = $"Atelier {Guid.NewGuid():N}"[..16];
        var seller = Seller.Apply(Guid.CreateVersion7(), owner.Id, businessName, "Atelier GmbH", new Address("Hauptstraße 5", null, "Berlin", null, "10115", "DE"), null, now);
        seller.AddDocument(Guid.CreateVersion7(), KycDocumentKind.IdentityProof, "kyc/test.pdf", FileKind.Pdf, 100, now);
        seller.Submit(now.AddSeconds(1));
        seller.Reject(Guid.NewGuid(), reason, now.AddSeconds(2));
        services.GetRequiredService<IUserRepository>().Add(owner);
        services.GetRequiredService<ISellerRepository>().Add(seller);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (owner.Id, services.GetRequiredService<IAccessTokenIssuer>().Issue(owner.Id, owner.Roles, Guid.NewGuid()).Token, businessName);
    }

    private async Task<DispatchResult> DispatchAsync()
    {
        await using var scope = TenantScope(out var services);
        return await services.GetRequiredService<NotificationDispatcher>().DispatchAsync(CancellationToken.None);
    }

    private async Task ChangeSmsAsync(Guid ownerId, Action<UpdateSettersBuilder<NotificationDelivery>> change)
    {
        await using var scope = TenantScope(out var services);
        var changed = await services.GetRequiredService<AppDbContext>().NotificationDeliveries
            .Where(d => d.RecipientId == ownerId && d.Channel == NotificationChannel.Sms)
            .ExecuteUpdateAsync(change);
        changed.ShouldBe(1);
    }

    private async Task<NotificationDelivery> SmsAsync(Guid ownerId)
    {
        await using var scope = TenantScope(out var services);
        return await services.GetRequiredService<AppDbContext>().NotificationDeliveries.AsNoTracking()
            .SingleAsync(d => d.RecipientId == ownerId && d.Channel == NotificationChannel.Sms);
    }

    private AsyncServiceScope TenantScope(out IServiceProvider services)
    {
        var scope = _host.Services.CreateAsyncScope();
        services = scope.ServiceProvider;
        services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(Tenant)!);
        return scope;
    }
}
