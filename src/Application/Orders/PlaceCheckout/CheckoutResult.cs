using CustomiseYou.Application.Common.Models;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

public sealed record CheckoutOrderDto(Guid Id, Guid SellerId, MoneyDto Total, MoneyDto MarketplaceFee, MoneyDto SellerShare);

/// <summary>What the client needs to pay; provider-specific client data arrives with the payments work.</summary>
public sealed record CheckoutPaymentDto(string Provider, string Status, DateTimeOffset DueBy);

public sealed record CheckoutResult(Guid CheckoutId, IReadOnlyList<CheckoutOrderDto> Orders, MoneyDto Total, CheckoutPaymentDto Payment);
