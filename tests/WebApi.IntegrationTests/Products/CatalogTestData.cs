using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Products;

/// <summary>Sellers, categories and products made for one test, through the real services and the API.</summary>
public static class CatalogTestData
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public sealed record SellerClient(HttpClient Client, Guid SellerId, Guid UserId);

    /// <summary>A signed-in user with a seller profile, KYC verified unless said otherwise.</summary>
    public static async Task<SellerClient> SellerAsync(
        ApiFactory api, string tenant, bool verified = true, string? payoutAccount = null, bool sellerRole = false)
    {
        var (userId, token) = sellerRole ? await api.CreateUserAsync(tenant, "seller") : await api.CreateUserAsync(tenant);
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(tenant)!);
        var now = DateTimeOffset.UtcNow;
        var country = tenant == "europe" ? "DE" : "IN";
        var seller = Seller.Apply(Guid.CreateVersion7(), userId, "Test Crafts", "Test Crafts Pvt Ltd", new Address("1 Main Road", null, "Town", null, "12345", country), payoutAccount, now);
        if (verified)
        {
            seller.AddDocument(Guid.CreateVersion7(), KycDocumentKind.IdentityProof, "kyc/test.pdf", Domain.Common.Files.FileKind.Pdf, 100, now);
            seller.Submit(now.AddSeconds(1));
            seller.Approve(Guid.NewGuid(), now.AddSeconds(2));
        }

        services.GetRequiredService<ISellerRepository>().Add(seller);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        var client = api.ClientFor(tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new SellerClient(client, seller.Id, userId);
    }

    public static async Task<Guid> CategoryAsync(ApiFactory api, string tenant, Guid? parentId = null)
    {
        var response = await api.AdminFor(tenant).PostAsJsonAsync("/api/v1/categories", new { name = $"Cat {Guid.NewGuid():N}", parentId });
        return (await response.ReadAsync<Application.Categories.Common.CategoryDto>(HttpStatusCode.Created)).Id;
    }

    public static object NewProduct(string tenant, Guid categoryId, string title = "Walnut nameplate", decimal price = 1499m, string? description = null, string[]? tags = null) => new
    {
        title,
        description = description ?? "Hand-finished sign for your front door.",
        categoryId,
        basePrice = new { amount = price, currency = tenant == "europe" ? "EUR" : "INR" },
        sku = $"SKU-{Guid.NewGuid():N}"[..20],
        stock = 10,
        tags = tags ?? ["home", "gift"],
    };

    public static async Task<ProductDto> CreateAsync(HttpClient seller, object product) =>
        await (await seller.PostAsJsonAsync("/api/v1/products", product)).ReadAsync<ProductDto>(HttpStatusCode.Created);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient seller, Guid productId, byte[] bytes, string fileName = "photo.png")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        return await seller.PostAsync($"/api/v1/products/{productId}/images", form);
    }

    /// <summary>Creates, illustrates and publishes a product.</summary>
    public static async Task<ProductDto> PublishedAsync(HttpClient seller, object product)
    {
        var created = await CreateAsync(seller, product);
        (await UploadAsync(seller, created.Id, Png)).StatusCode.ShouldBe(HttpStatusCode.Created);
        return await (await seller.PostAsync($"/api/v1/products/{created.Id}/publish", null)).ReadAsync<ProductDto>(HttpStatusCode.OK);
    }
}
