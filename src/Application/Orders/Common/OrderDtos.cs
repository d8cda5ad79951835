using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Orders.Common;

public sealed record OrderSummaryDto(
    Guid Id, Guid CheckoutId, Guid SellerId, OrderStatus Status, MoneyDto Total, int ItemCount, DateTimeOffset PlacedAt);

public sealed record OrderItemDto(
    Guid Id,
    Guid ProductId,
    string Title,
    int Quantity,
    MoneyDto UnitPrice,
    MoneyDto LineTotal,
    int? CustomizationVersion,
    IReadOnlyDictionary<string, object?>? Selection,
    IReadOnlyList<PriceLineDto>? Breakdown);

public sealed record OrderStatusChangeDto(OrderStatus? From, OrderStatus To, string Actor, DateTimeOffset At, string? Reason);

public sealed record OrderDetailDto(
    Guid Id,
    Guid CheckoutId,
    Guid CustomerId,
    Guid SellerId,
    OrderStatus Status,
    MoneyDto Total,
    MoneyDto MarketplaceFee,
    MoneyDto SellerShare,
    MoneyDto Refunded,
    ShippingAddress ShippingAddress,
    string? TrackingNumber,
    string? CancellationReason,
    DateTimeOffset PlacedAt,
    DateTimeOffset PaymentDueBy,
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<OrderItemDto> Items,
    IReadOnlyList<OrderStatusChangeDto> History)
{
    public static OrderDetailDto From(Order order) => new(
        order.Id, order.CheckoutId, order.CustomerId, order.SellerId, order.Status, MoneyDto.From(order.Total), MoneyDto.From(order.MarketplaceFee),
        MoneyDto.From(order.SellerShare), MoneyDto.From(order.Refunded), order.ShippingAddress, order.TrackingNumber, order.CancellationReason,
        order.PlacedAt, order.PaymentDueBy, order.DeliveredAt,
        [.. order.Items.Select(i => new OrderItemDto(i.Id, i.ProductId, i.Title, i.Quantity, MoneyDto.From(i.UnitPrice), MoneyDto.From(i.LineTotal),
            i.Customization?.Version,
            OrderItemSnapshot.Selection(i.Customization?.SelectionJson), OrderItemSnapshot.Breakdown(i.Customization?.BreakdownJson)))],
        [.. order.History.Select(h => new OrderStatusChangeDto(h.From, h.To, h.Actor.ToString(), h.At, h.Reason))]);
}

public sealed record OrderPage(IReadOnlyList<OrderSummaryDto> Items, string? NextCursor);

public interface IOrderQueries
{
    /// <summary>Newest first, keyset-paginated; <paramref name="customerId"/> or <paramref name="sellerId"/> selects whose orders.</summary>
    Task<OrderPage> ListAsync(Guid? customerId, Guid? sellerId, OrderStatus? status, int limit, string? cursor, CancellationToken cancellationToken);
}
