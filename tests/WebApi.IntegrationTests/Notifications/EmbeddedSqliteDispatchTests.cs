using System.Net;
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
    private readonly EmbeddedSqliteHost _host = new("notify", builder =>
    {
        builder.UseSetting("Notifications:Sms:Provider", "Twilio");
        builder.UseSetting("Notifications:Sms:TwilioAccountSid", ProviderStubs.TwilioAccountSid);
        builder.UseSetting("Notifications:Sms:TwilioAuthToken", ProviderStubs.TwilioAuthToken);
        builder.UseSetting("Notifications:Sms:TwilioBaseUrl", "http://127.0.0.1:9"); // nothing listens: every send fails
    });

    public Task InitializeAsync() => _host.MigrateAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Events_are_dispatched_retried_and_dead_lettered_on_sqlite()
    {
        var (ownerId, token, businessName) = await RejectedSellerAsync("Unleserlicher Scan <b>bitte neu</b>");

        var first = await DispatchAsync();

        first.EventsDispatched.ShouldBeGreaterThanOrEqualTo(1);
        first.Sent.ShouldBe(1);
        first.Failed.ShouldBe(1);
        var email = Directory.GetFiles(_host.OutboxDirectory, $"*-{Tenant}-email-*.txt").ShouldHaveSingleItem();
        (await File.ReadAllTextAsync(email)).ShouldContain($"Subject: Ihr Shop {businessName} braucht Ihre Aufmerksamkeit");
        var client = _host.ClientFor(Tenant, token);
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

    private Task<(Guid OwnerId, string Token, string BusinessName)> RejectedSellerAsync(string reason) => _host.InTenantAsync(Tenant, async services =>
    {
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
        // A real session, as sign-in starts: the token is refused once it is revoked.
        var signedIn = services.GetRequiredService<SessionIssuer>().Start(owner);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (owner.Id, signedIn.AccessToken, businessName);
    });

    private Task<DispatchResult> DispatchAsync() =>
        _host.InTenantAsync(Tenant, services => services.GetRequiredService<NotificationDispatcher>().DispatchAsync(CancellationToken.None));

    private async Task ChangeSmsAsync(Guid ownerId, Action<UpdateSettersBuilder<NotificationDelivery>> change)
    {
        var changed = await _host.InTenantAsync(Tenant, services => services.GetRequiredService<AppDbContext>().NotificationDeliveries
            .Where(d => d.RecipientId == ownerId && d.Channel == NotificationChannel.Sms)
            .ExecuteUpdateAsync(change));
        changed.ShouldBe(1);
    }

    private Task<NotificationDelivery> SmsAsync(Guid ownerId) =>
        _host.InTenantAsync(Tenant, services => services.GetRequiredService<AppDbContext>().NotificationDeliveries.AsNoTracking()
            .SingleAsync(d => d.RecipientId == ownerId && d.Channel == NotificationChannel.Sms));
}
