using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Identity.Register;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Application.Privacy.ProcessPrivacyRequests;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Infrastructure.Security;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

/// <summary>
/// A person with data in every area, made through the real API: signed up with a password, a phone code, consents, a
/// seller application with a KYC document, uploaded artwork, a delivered-and-returned customised order, a cancelled
/// order and a filled cart. <see cref="Values"/> are the personal values seeded, each unique to this subject.
/// </summary>
public sealed record Subject(
    string Tenant, Guid UserId, string Email, TokenPair Tokens, HttpClient Client, Guid SellerId, Guid UploadId, byte[] Artwork,
    Guid ReturnedOrderId, Guid CancelledOrderId, IReadOnlyDictionary<string, string> Values);

public static partial class PrivacyTestKit
{
    /// <summary>A PNG whose header declares 1×1 pixels, so the artwork upload can read its size.</summary>
    public static byte[] Artwork(string marker) => [.. Png, .. System.Text.Encoding.ASCII.GetBytes(marker)];

    public static async Task<Subject> SeedSubjectAsync(ApiFactory api, string tenant)
    {
        var u = Guid.NewGuid().ToString("N")[..10];
        var europe = tenant == "europe";
        var values = new Dictionary<string, string>
        {
            ["name"] = $"Zelda Quixote{u}",
            ["email"] = $"privacy-{u}@test.example",
            ["phone"] = IdentityKit.NewPhone(),
            ["userAgent"] = $"PrivacyTest/{u}",
            ["line1"] = $"{u} Erasure Lane",
            ["city"] = $"Forgetton{u}",
            ["engraving"] = $"Forever {u}",
            ["returnNote"] = $"Misspelt {u}",
            ["cancelReason"] = $"Wrong size {u}",
            ["cartText"] = $"Later {u}",
            ["trackingNumber"] = $"TRK{u}",
            ["legalName"] = $"Quixote Legal {u}",
            ["businessName"] = $"Quixote Crafts {u}",
            ["sellerLine1"] = $"{u} Seller Street",
            ["payoutAccount"] = $"acct_{u}",
        };

        // Signed up the real way, so a password sign-in can be tried after erasure.
        var client = api.ClientFor(tenant);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(values["userAgent"]);
        var registered = await (await client.PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = values["email"],
            password = IdentityKit.Password,
            fullName = values["name"],
            phone = values["phone"],
        })).ReadAsync<RegisterResult>(HttpStatusCode.Created);
        await new IdentityKit(api).VerifyEmailAsync(client, tenant, values["email"]);
        var tokens = await IdentityKit.LoginAsync(client, values["email"]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        (await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone = values["phone"] })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = true, analytics = false })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var seller = await (await client.PostAsJsonAsync("/api/v1/sellers", new
        {
            businessName = values["businessName"],
            legalName = values["legalName"],
            country = europe ? "DE" : "IN",
            address = new { line1 = values["sellerLine1"], city = "Berlin", postalCode = "10115", country = europe ? "DE" : "IN" },
            payoutAccount = values["payoutAccount"],
        })).ReadAsync<SellerDto>(HttpStatusCode.Created);
        (await client.UploadAsync(seller.Id, SellerTestKit.Pdf, "passport.pdf")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var shop = await SellerAsync(api, tenant);
        var product = await ProductAsync(api, shop, tenant, 30m, stock: 10);
        var definition = new
        {
            options = new object[]
            {
                new { key = "engraving", type = "text", labels = new { en = "Engraving" }, required = true, maxLength = 40 },
                new { key = "artwork", type = "image", labels = new { en = "Artwork" } },
            },
        };
        (await shop.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", definition)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var artwork = Artwork(u);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(artwork);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "family.png");
        var upload = await (await client.PostAsync("/api/v1/customization/uploads", form)).ReadAsync<UploadedArtwork>(HttpStatusCode.Created);

        var address = new { fullName = values["name"], line1 = values["line1"], city = values["city"], postalCode = "10115", country = europe ? "DE" : "IN", phone = values["phone"] };
        await AddToCartAsync(client, product.Id, 1, new { engraving = values["engraving"], artwork = upload.Id.ToString() });
        var returned = (await (await CheckoutAsync(client, address: address)).ReadAsync<Application.Orders.PlaceCheckout.CheckoutResult>(HttpStatusCode.Created)).Orders.Single().Id;
        await AddToCartAsync(client, product.Id, 2, new { engraving = "Second line" });
        var cancelled = (await (await CheckoutAsync(client, address: address)).ReadAsync<Application.Orders.PlaceCheckout.CheckoutResult>(HttpStatusCode.Created)).Orders.Single().Id;
        (await client.PostAsJsonAsync($"/api/v1/orders/{cancelled}/cancel", new { reason = values["cancelReason"] }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.AdminFor(tenant).PostAsync($"/api/v1/admin/orders/{returned}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var step in new object[] { new { status = "InProduction" }, new { status = "Shipped", trackingNumber = values["trackingNumber"] }, new { status = "Delivered" } })
        {
            (await shop.Client.PostAsJsonAsync($"/api/v1/seller/orders/{returned}/status", step)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await client.PostAsJsonAsync($"/api/v1/orders/{returned}/returns", new { reason = "Defective", note = values["returnNote"] }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var rejected = await (await shop.Client.PostAsJsonAsync($"/api/v1/seller/orders/{returned}/returns/{returned}/reject", new { reason = "Matches the approved proof" }))
            .ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        rejected.Status.ShouldBe(Domain.Orders.OrderStatus.ReturnRejected);

        await AddToCartAsync(client, product.Id, 1, new { engraving = values["cartText"] });
        return new Subject(tenant, registered.UserId, values["email"], tokens, client, seller.Id, upload.Id, artwork, returned, cancelled, values);
    }

    public sealed record UploadedArtwork(Guid Id);

    /// <summary>Runs the privacy job for <paramref name="tenant"/> as the scheduler does: a fresh scope inside the tenant.</summary>
    public static async Task<PrivacyRunSummary> ProcessAsync(ApiFactory api, string tenant)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(tenant)!);
        var result = await services.GetRequiredService<ISender>().Send(new ProcessPrivacyRequestsCommand(BatchSize: 100));
        result.IsSuccess.ShouldBeTrue();
        return result.Value;
    }

    public static HttpClient Compliance(ApiFactory api, string tenant) => api.ClientAs(tenant, "compliance");

    public static async Task<PrivacyRequestDto> RequestExportAsync(HttpClient client, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/privacy/exports");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await (await client.SendAsync(request)).ReadAsync<PrivacyRequestDto>(HttpStatusCode.Accepted);
    }

    /// <summary>The entries of a downloaded ZIP by path.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> ReadZipAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            await using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return entries;
    }

    /// <summary>
    /// Every text, varchar, char, json, jsonb and array column of every table of the tenant's database, searched for
    /// each value (case-insensitive, as a substring); answers "table.column: label" for each hit.
    /// </summary>
    /// <summary>
    /// Every table.column of the region's database holding one of <paramref name="values"/>: as stored, or with
    /// <paramref name="decrypted"/> as the application would read it (envelopes, also those inside JSON, opened
    /// with the test keys), so an erased encrypted field counts as gone only when it is really gone.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ScanDatabaseAsync(
        string tenant, IReadOnlyDictionary<string, string> values, bool decrypted = false)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionString(tenant));
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.table_name, c.column_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
            """,
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        columns.Count.ShouldBeGreaterThan(40, "the scan must see the whole schema");
        var patterns = values.Values.Select(v => "%" + v.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%").ToArray();
        var cipher = TestFieldKeys.Cipher(tenant);
        var hits = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var search = new NpgsqlCommand(
                $"SELECT DISTINCT CAST(\"{column}\" AS text) FROM \"{table}\" " +
                $"WHERE CAST(\"{column}\" AS text) ILIKE ANY(@patterns) OR (@decrypted AND CAST(\"{column}\" AS text) LIKE '%enc:v1:%')",
                connection);
            search.Parameters.AddWithValue("patterns", patterns);
            search.Parameters.AddWithValue("decrypted", decrypted);
            await using var reader = await search.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // Encrypted fields are read as the application reads them: erased means gone, not merely unreadable.
                var stored = reader.GetString(0);
                var text = decrypted ? Envelope().Replace(stored, envelope => cipher.Decrypt(envelope.Value)) : stored;
                hits.AddRange(values.Where(v => text.Contains(v.Value, StringComparison.OrdinalIgnoreCase)).Select(v => $"{table}.{column}: {v.Key}"));
            }
        }

        return hits;
    }

    [GeneratedRegex(@"enc:v1:[A-Za-z0-9._-]+:[A-Za-z0-9+/]+=*")]
    private static partial Regex Envelope();

    /// <summary>The local file store's path of a stored file.</summary>
    public static string StoredPath(ApiFactory api, string tenant, string fileKey) => Path.Combine(api.StoreRoot(tenant), fileKey);
}
