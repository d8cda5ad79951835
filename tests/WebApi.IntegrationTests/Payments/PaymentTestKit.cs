using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Payments.GetOrderTransactions;
using CustomiseYou.Application.Payments.RefundOrder;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Npgsql;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

public static class PaymentTestKit
{
    public sealed record PlacedCheckout(HttpClient Customer, CheckoutResult Checkout, IReadOnlyList<SellerClient> Sellers);

    /// <summary>A customer's checkout over one product from each of <paramref name="prices"/>' sellers, each with a payout account.</summary>
    public static async Task<PlacedCheckout> CheckoutAsync(ApiFactory api, string tenant, params decimal[] prices)
    {
        var customer = await CustomerAsync(api, tenant);
        var sellers = new List<SellerClient>();
        foreach (var price in prices)
        {
            var seller = await SellerAsync(api, tenant, payoutAccount: tenant == "europe" ? $"acct_{Guid.NewGuid():N}"[..21] : $"acc_{Guid.NewGuid():N}"[..18]);
            var product = await ProductAsync(api, seller, tenant, price, stock: 10);
            await AddToCartAsync(customer, product.Id, 1);
            sellers.Add(seller);
        }

        return new PlacedCheckout(customer, await PlaceAsync(customer), sellers);
    }

    public static async Task<IReadOnlyList<TransactionDto>> TransactionsAsync(HttpClient client, Guid orderId) =>
        await (await client.GetAsync($"/api/v1/orders/{orderId}/transactions")).ReadAsync<List<TransactionDto>>(HttpStatusCode.OK);

    public static decimal Sum(IEnumerable<TransactionDto> rows, string kind) => rows.Where(r => r.Kind == kind).Sum(r => r.Amount.Amount);

    public static Task<HttpResponseMessage> RefundAsync(HttpClient admin, Guid orderId, decimal amount, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orders/{orderId}/refunds") { Content = JsonContent.Create(new { amount, reason = "damaged in transit" }) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return admin.SendAsync(request);
    }

    /// <summary>While the API waits on a provider: no connection waits in a transaction, and the product is not locked.</summary>
    public static async Task NothingWaitsOnTheProviderAsync(string tenant, Guid productId)
    {
        await TestDatabases.NoTransactionWaitsAsync(tenant);
        await ReservableAsync(tenant, productId);
    }

    /// <summary>What the next checkout of the product does, under a lock timeout: it must not wait for anyone's provider call.</summary>
    public static async Task ReservableAsync(string tenant, Guid productId)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionString(tenant));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var timeout = new NpgsqlCommand("SET LOCAL lock_timeout = '2s'", connection, transaction))
        {
            await timeout.ExecuteNonQueryAsync();
        }

        await using var reserve = new NpgsqlCommand("UPDATE products SET reserved = reserved + 1 WHERE id = @id", connection, transaction);
        reserve.Parameters.AddWithValue("id", productId);
        (await reserve.ExecuteNonQueryAsync()).ShouldBe(1);
        await transaction.RollbackAsync();
    }

    public static async Task<Guid> ProductOfAsync(PlacedCheckout placed) =>
        (await (await placed.Customer.GetAsync($"/api/v1/orders/{placed.Checkout.Orders.Single().Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK))
            .Items.Single().ProductId;

    public static async Task<RefundDto> RefundedAsync(HttpClient admin, Guid orderId, decimal amount) =>
        await (await RefundAsync(admin, orderId, amount)).ReadAsync<RefundDto>(HttpStatusCode.Created);
}
