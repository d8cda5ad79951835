using System.Net;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Security;

/// <summary>
/// A key rotation from start to end on the embedded default, on the same region files across three starts: data
/// written under test-1; test-2 made active while test-1 stays readable, and the re-encryption job moves every row;
/// test-1 retired, and everything still reads. Its own databases, so no other test's rows are rewritten.
/// </summary>
public sealed class KeyRotationTests : IDisposable
{
    private const string Tenant = "europe";
    private const string Phone = "+4915112340000";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"customiseyou-rotation-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_new_active_key_reads_old_data_the_job_moves_every_row_to_it_and_the_old_key_can_then_be_retired()
    {
        Guid userId, sellerId, orderId;
        await using (var before = new EmbeddedSqliteHost("rotation", directory: _directory))
        {
            await before.MigrateAsync();
            (userId, sellerId, orderId) = await SeedAsync(before);
        }

        (await EncryptedValuesAsync(userId, sellerId, orderId)).ShouldAllBe(v => v.StartsWith("enc:v1:test-1:"));

        await using (var rotating = new EmbeddedSqliteHost("rotation", Keys("test-2", ("test-1", true), ("test-2", true)), _directory))
        {
            var admin = rotating.ClientFor(Tenant, await TokenAsync(rotating, userId));
            await ShouldReadBackAsync(admin, sellerId, orderId);

            var outcome = await JobTestKit.RunSuccessfullyAsync(admin, "reencrypt-fields");

            outcome.ShouldStartWith("3 rows rewritten under key test-2"); // the user, the seller, the order
            (await JobTestKit.RunSuccessfullyAsync(admin, "reencrypt-fields")).ShouldStartWith("0 rows rewritten");
        }

        var moved = await EncryptedValuesAsync(userId, sellerId, orderId);
        moved.Count.ShouldBe(9);
        moved.ShouldAllBe(v => v.StartsWith("enc:v1:test-2:"));

        await using var retired = new EmbeddedSqliteHost("rotation", Keys("test-2", ("test-1", false), ("test-2", true)), _directory);
        await ShouldReadBackAsync(retired.ClientFor(Tenant, await TokenAsync(retired, userId)), sellerId, orderId);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The region's ring: each key configured or (false) blanked, which retires it.</summary>
    private static Action<IWebHostBuilder> Keys(string active, params (string Id, bool Kept)[] keys) => builder =>
    {
        foreach (var (id, kept) in keys)
        {
            builder.UseSetting($"Tenants:{Tenant}:Encryption:Keys:{id}", kept ? Convert.ToBase64String(TestFieldKeys.Key(Tenant, id)) : "");
        }

        builder.UseSetting($"Tenants:{Tenant}:Encryption:ActiveKeyId", active);
    };

    /// <summary>An admin with a phone, a seller with an address and payout account, and an order with a shipping address.</summary>
    private static Task<(Guid, Guid, Guid)> SeedAsync(EmbeddedSqliteHost host) => host.InTenantAsync(Tenant, async services =>
    {
        var now = DateTimeOffset.UtcNow;
        var user = User.Register(Guid.CreateVersion7(), "rotation@test.example", "no-password-sign-in", "Rota Tester", Phone, now);
        user.VerifyEmail();
        user.GrantRole("admin");
        var seller = Seller.Apply(
            Guid.CreateVersion7(), user.Id, "Rota Shop", "Rota Legal GmbH", new Address("Drehweg 1", null, "Berlin", null, "10115", "DE"), "acct_rotation1", now);
        var order = Order.Place(
            Guid.CreateVersion7(), Guid.CreateVersion7(), user.Id, seller.Id, [new OrderItemDraft(Guid.CreateVersion7(), "Mug", 1, Money.Of(10m, "EUR"), null)],
            new ShippingAddress("Rota Tester", "Drehweg 1", null, "Berlin", null, "10115", "DE", Phone), 10m, now, TimeSpan.FromMinutes(30));
        var db = services.GetRequiredService<AppDbContext>();
        db.AddRange(user, seller, order);
        await db.SaveChangesAsync();
        return (user.Id, seller.Id, order.Id);
    });

    /// <summary>A signed-in session of the seeded admin on this start (tokens are checked against live sessions).</summary>
    private static Task<string> TokenAsync(EmbeddedSqliteHost host, Guid userId) => host.InTenantAsync(Tenant, async services =>
    {
        var user = await services.GetRequiredService<AppDbContext>().Set<User>().SingleAsync(u => u.Id == userId);
        var signedIn = services.GetRequiredService<SessionIssuer>().Start(user);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return signedIn.AccessToken;
    });

    private static async Task ShouldReadBackAsync(HttpClient client, Guid sellerId, Guid orderId)
    {
        (await (await client.GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK)).Phone.ShouldBe(Phone);
        var seller = await (await client.GetAsync($"/api/v1/sellers/{sellerId}")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        (seller.LegalName, seller.Address.Line1, seller.PayoutAccount).ShouldBe(("Rota Legal GmbH", "Drehweg 1", "acct_rotation1"));
        var order = await (await client.GetAsync($"/api/v1/orders/{orderId}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        (order.ShippingAddress.Line1, order.ShippingAddress.Phone).ShouldBe(("Drehweg 1", Phone));
    }

    /// <summary>The raw stored form, read with plain SQL, of every encrypted value the seed wrote.</summary>
    private async Task<List<string>> EncryptedValuesAsync(Guid userId, Guid sellerId, Guid orderId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, Tenant + ".db")};Pooling=False");
        await connection.OpenAsync();
        var values = new List<string>();
        foreach (var (sql, id) in new[]
        {
            ("SELECT phone FROM users WHERE id = $id", userId),
            ("SELECT legal_name FROM sellers WHERE id = $id", sellerId),
            ("SELECT payout_account FROM sellers WHERE id = $id", sellerId),
            ("SELECT address_line1 FROM sellers WHERE id = $id", sellerId),
            ("SELECT address_city FROM sellers WHERE id = $id", sellerId),
            ("SELECT json_extract(shipping_address, '$.Line1') FROM orders WHERE id = $id", orderId),
            ("SELECT json_extract(shipping_address, '$.Phone') FROM orders WHERE id = $id", orderId),
            ("SELECT json_extract(shipping_address, '$.FullName') FROM orders WHERE id = $id", orderId),
            ("SELECT json_extract(shipping_address, '$.PostalCode') FROM orders WHERE id = $id", orderId),
        })
        {
            await using var command = new SqliteCommand(sql, connection);
            command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
            values.Add((string)(await command.ExecuteScalarAsync()).ShouldNotBeNull(sql));
        }

        return values;
    }
}
