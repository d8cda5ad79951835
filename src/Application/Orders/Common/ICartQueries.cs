namespace CustomiseYou.Application.Orders.Common;

public interface ICartQueries
{
    /// <summary>The customer's cart (empty when none), totals in <paramref name="currency"/>.</summary>
    Task<CartDto> GetAsync(Guid customerId, string currency, CancellationToken cancellationToken);
}
