using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Npgsql;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Products;

[Collection(ApiCollection.Name)]
public sealed class InventoryAndUploadTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task Stock_is_set_by_the_owner_and_never_below_what_is_reserved()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await CreateAsync(seller.Client, NewProduct(Tenant, await CategoryAsync(api, Tenant), price: 25m));

        var updated = await (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/inventory", new { stock = 40 }))
            .ReadAsync<ProductDto>(HttpStatusCode.OK);
        updated.Stock.ShouldBe(40);
        (await Problem.ReadAsync(
                await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/inventory", new { stock = -1 }), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["stock"]);

        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE products SET reserved = 30 WHERE id = @id", ("id", product.Id));
        (await Problem.ReadAsync(
                await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/inventory", new { stock = 29 }), HttpStatusCode.Conflict))
            .Code.ShouldBe("product.stock_below_reserved");
        (await TestDatabases.ScalarAsync<int>(Tenant, "SELECT stock FROM products WHERE id = @id", ("id", product.Id))).ShouldBe(40);
    }

    [Fact]
    public async Task The_database_itself_refuses_negative_stock_and_over_reservation()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await CreateAsync(seller.Client, NewProduct(Tenant, await CategoryAsync(api, Tenant), price: 25m));

        var negative = await Should.ThrowAsync<PostgresException>(() =>
            TestDatabases.ScalarAsync<object>(Tenant, "UPDATE products SET stock = -1 WHERE id = @id", ("id", product.Id)));
        var overReserved = await Should.ThrowAsync<PostgresException>(() =>
            TestDatabases.ScalarAsync<object>(Tenant, "UPDATE products SET reserved = stock + 1 WHERE id = @id", ("id", product.Id)));

        negative.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
        overReserved.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
    }

    [Theory]
    [InlineData("not-an-image", "file.kind")]
    [InlineData("pdf", "file.kind")]
    [InlineData("empty", "file.empty")]
    [InlineData("oversize", "file.too_large")]
    public async Task Bad_uploads_are_400_and_leave_nothing_stored(string kind, string code)
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await CreateAsync(seller.Client, NewProduct(Tenant, await CategoryAsync(api, Tenant), price: 25m));
        byte[] bytes = kind switch
        {
            "not-an-image" => "MZ this is an executable renamed to .png"u8.ToArray(),
            "pdf" => "%PDF-1.7 a document, not an image"u8.ToArray(),
            "empty" => [],
            _ => [.. Png, .. new byte[5 * 1024 * 1024]],
        };
        var filesBefore = StoredFileCount();

        var problem = await Problem.ReadAsync(await UploadAsync(seller.Client, product.Id, bytes), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe(code);
        problem.Errors.Keys.ShouldContain("file");
        StoredFileCount().ShouldBe(filesBefore);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM product_images WHERE product_id = @id", ("id", product.Id))).ShouldBe(0);
    }

    private static int StoredFileCount()
    {
        var root = Path.GetFullPath(Path.Combine("data", "files", Tenant)); // FileStore:LocalRoot, relative to the test host's working directory
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0;
    }
}
