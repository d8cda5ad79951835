using System.Text.Json.Serialization;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

/// <summary>
/// Turns the cart into one order per seller under one checkout, reserving stock atomically. Price changes since
/// the cart was filled are a 409 that records the new quotes (so a confirmed retry succeeds); short stock is a 409
/// that leaves nothing behind.
/// </summary>
[Authorize]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record PlaceCheckoutCommand(ShippingAddressDto ShippingAddress, [property: JsonIgnore] string IdempotencyKey)
    : ICommand<Result<CheckoutResult>>, IIdempotentCommand;

public sealed record ShippingAddressDto(
    string FullName, string Line1, string? Line2, string City, string? Region, string PostalCode, string Country, string? Phone)
{
    /// <summary>The address as the orders keep it, trimmed (the validator has checked every field).</summary>
    public ShippingAddress ToAddress() =>
        new(FullName.Trim(), Line1.Trim(), Line2?.Trim(), City.Trim(), Region?.Trim(), PostalCode.Trim(), Country, Phone);
}
