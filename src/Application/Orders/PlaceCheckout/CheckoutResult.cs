using CustomiseYou.Application.Common.Models;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

public sealed record CheckoutOrderDto(Guid Id, Guid SellerId, MoneyDto Total, MoneyDto MarketplaceFee, MoneyDto SellerShare);

/// <summary>
/// What the storefront hands to the provider's own SDK: Stripe's client secret, Razorpay's order id and key id, or
/// PayPal's approval link. Card details go from the customer to the provider, never through this API.
/// </summary>
public sealed record CheckoutPaymentDto(
    string Provider, string Status, DateTimeOffset DueBy, string ProviderPaymentId, string? ClientSecret, string? KeyId, string? ApprovalUrl);

public sealed record CheckoutResult(Guid CheckoutId, IReadOnlyList<CheckoutOrderDto> Orders, MoneyDto Total, CheckoutPaymentDto Payment);
