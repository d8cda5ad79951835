using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Infrastructure.Storage;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomiseYou.WebApi.IntegrationTests.Sellers;

/// <summary>A fresh owner with a client signed in as them.</summary>
public sealed record Owner(Guid UserId, string Token, HttpClient Client);

/// <summary>Shared steps of the seller tests: fresh owners, applications, uploads and the files on disk.</summary>
internal static class SellerTestKit
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1];

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1];

    public static string Unique() => Guid.NewGuid().ToString("N")[..10];

    public static async Task<Owner> NewOwnerAsync(this ApiFactory api, string tenant, params string[] roles)
    {
        var (userId, token) = await api.CreateUserAsync(tenant, roles);
        return new Owner(userId, token, api.ClientWithToken(tenant, token));
    }

    public static HttpClient ClientWithToken(this ApiFactory api, string tenant, string token)
    {
        var client = api.ClientFor(tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static object Application(string tenant, string? businessName = null) => tenant == "europe"
        ? new
        {
            businessName = businessName ?? $"Atelier {Unique()}",
            legalName = "Atelier Schmidt GmbH",
            country = "DE",
            address = new { line1 = "Hauptstraße 5", line2 = "2. OG", city = "Berlin", postalCode = "10115", country = "DE" },
            payoutAccount = "acct_1NabcDEF23",
        }
        : new
        {
            businessName = businessName ?? $"Diya Crafts {Unique()}",
            legalName = "Diya Crafts Private Limited",
            country = "IN",
            address = new { line1 = "12 MG Road", city = "Bengaluru", region = "KA", postalCode = "560001", country = "IN" },
            payoutAccount = "acc_Jk8sPq2L",
        };

    public static async Task<SellerDto> ApplyAsync(this Owner owner, string tenant, string? businessName = null) =>
        await (await owner.Client.PostAsJsonAsync("/api/v1/sellers", Application(tenant, businessName))).ReadAsync<SellerDto>(HttpStatusCode.Created);

    /// <summary>A new owner whose seller is in Draft.</summary>
    public static async Task<(Owner Owner, SellerDto Seller)> NewSellerAsync(this ApiFactory api, string tenant, string? businessName = null)
    {
        var owner = await api.NewOwnerAsync(tenant);
        return (owner, await owner.ApplyAsync(tenant, businessName));
    }

    /// <summary>A new owner whose seller has one document and is Submitted.</summary>
    public static async Task<(Owner Owner, SellerDto Seller)> NewSubmittedSellerAsync(this ApiFactory api, string tenant, string? businessName = null)
    {
        var (owner, seller) = await api.NewSellerAsync(tenant, businessName);
        (await owner.Client.UploadAsync(seller.Id, Pdf, "passport.pdf")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await owner.Client.PostAsync($"/api/v1/sellers/{seller.Id}/kyc/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (owner, seller);
    }

    public static Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, Guid sellerId, byte[]? content, string fileName, string? kind = "IdentityProof", string contentType = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "file", fileName);
        }

        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        return client.PostAsync($"/api/v1/sellers/{sellerId}/kyc/documents", form);
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, Guid sellerId) =>
        client.PostAsync($"/api/v1/sellers/{sellerId}/kyc/submit", null);

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, Guid sellerId) =>
        client.PostAsync($"/api/v1/admin/sellers/{sellerId}/kyc/approve", null);

    public static Task<HttpResponseMessage> RejectAsync(this HttpClient client, Guid sellerId, string? reason) =>
        client.PostAsJsonAsync($"/api/v1/admin/sellers/{sellerId}/kyc/reject", new { reason });

    /// <summary>The local file store's folder for <paramref name="tenant"/>, resolved as the store resolves it.</summary>
    public static string StoreRoot(this ApiFactory api, string tenant) =>
        Path.GetFullPath(Path.Combine(api.Services.GetRequiredService<IOptions<FileStoreOptions>>().Value.LocalRoot, tenant));

    public static IReadOnlyList<string> StoredFiles(this ApiFactory api, string tenant)
    {
        var root = api.StoreRoot(tenant);
        return Directory.Exists(root) ? [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)] : [];
    }
}
