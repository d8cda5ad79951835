using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Payments.GetOrderTransactions;
using CustomiseYou.Application.Payments.RefundOrder;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
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

    public static async Task<RefundDto> RefundedAsync(HttpClient admin, Guid orderId, decimal amount) =>
        await (await RefundAsync(admin, orderId, amount)).ReadAsync<RefundDto>(HttpStatusCode.Created);
}
