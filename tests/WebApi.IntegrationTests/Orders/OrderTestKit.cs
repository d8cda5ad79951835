using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Orders;

public static class OrderTestKit
{
    public static readonly object Address = new { fullName = "Asha Rao", line1 = "12 MG Road", city = "Bengaluru", postalCode = "560001", country = "IN", phone = "+919876543210" };

    public static async Task<HttpClient> CustomerAsync(ApiFactory api, string tenant)
    {
        var (_, token) = await api.CreateUserAsync(tenant);
        var client = api.ClientFor(tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<ProductDto> ProductAsync(ApiFactory api, SellerClient seller, string tenant, decimal price, int stock)
    {
        var product = await PublishedAsync(seller.Client, NewProduct(tenant, await CategoryAsync(api, tenant), price: price));
        (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/inventory", new { stock })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return product;
    }

    public static async Task AddToCartAsync(HttpClient customer, Guid productId, int quantity, object? selections = null) =>
        (await customer.PostAsJsonAsync("/api/v1/cart/items", new { productId, quantity, selections })).StatusCode.ShouldBe(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> CheckoutAsync(HttpClient customer, string? key = null, object? address = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/checkout") { Content = JsonContent.Create(new { shippingAddress = address ?? Address }) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return customer.SendAsync(request);
    }

    public static async Task<CheckoutResult> PlaceAsync(HttpClient customer) =>
        await (await CheckoutAsync(customer)).ReadAsync<CheckoutResult>(HttpStatusCode.Created);

    public static async Task<(int Stock, int Reserved)> StockAsync(string tenant, Guid productId) =>
        ((await TestDatabases.ScalarAsync<int>(tenant, "SELECT stock FROM products WHERE id = @id", ("id", productId))),
         (await TestDatabases.ScalarAsync<int>(tenant, "SELECT reserved FROM products WHERE id = @id", ("id", productId))));
}
