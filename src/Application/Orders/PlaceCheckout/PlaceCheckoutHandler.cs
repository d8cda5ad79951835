using System.Globalization;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using Mediator;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

public sealed class PlaceCheckoutHandler(
    ICartRepository carts,
    IProductRepository products,
    IOrderRepository orders,
    ICheckoutRepository checkouts,
    IPaymentRepository payments,
    IPaymentGateways gateways,
    SellerSplits sellerSplits,
    IInventory inventory,
    IUnitOfWork unitOfWork,
    CartPricing pricing,
    ICurrentUser currentUser,
    ITenantContext tenant,
    TimeProvider clock) : ICommandHandler<PlaceCheckoutCommand, Result<CheckoutResult>>
{
    public async ValueTask<Result<CheckoutResult>> Handle(PlaceCheckoutCommand command, CancellationToken cancellationToken)
    {
        var customerId = currentUser.RequiredUserId;
        var cart = await carts.GetForCustomerAsync(customerId, cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            return OrderErrors.CartEmpty;
        }

        var priced = await RepriceAsync(cart, cancellationToken);
        if (!priced.IsSuccess)
        {
            await unitOfWork.CommitAsync(cancellationToken); // the new quotes are kept on the cart lines
            return priced.Error!;
        }

        var now = clock.GetUtcNow();
        var checkoutId = Guid.CreateVersion7();
        var address = command.ShippingAddress;
        var shipping = new ShippingAddress(
            address.FullName.Trim(),
            address.Line1.Trim(),
            address.Line2?.Trim(),
            address.City.Trim(),
            address.Region?.Trim(),
            address.PostalCode.Trim(),
            address.Country,
            address.Phone);
        var placed = priced.Value.GroupBy(l => l.Product.SellerId).OrderBy(g => g.Key)
            .Select(group => Order.Place(
                Guid.CreateVersion7(), checkoutId, customerId, group.Key,
                group.Select(l => new OrderItemDraft(l.Product.Id, l.Product.Title, l.Line.Quantity, l.Priced.UnitPrice,
                    l.Priced.Customization is { } c ? new CustomizationSnapshot(c.Version, c.SelectionJson, l.Priced.BreakdownJson!) : null)),
                shipping, tenant.Tenant.MarketplaceFeePercent, now, tenant.Tenant.Orders.PaymentWindow))
            .ToList();
        var total = placed.Aggregate(Money.Zero(tenant.Tenant.Currency), (sum, order) => sum + order.Total);

        // The provider is called before the transaction opens, so neither a connection nor a row lock is held across the
        // HTTP call. If stock then runs short, the provider keeps an intent nobody can pay for; it expires on its own.
        var gateway = gateways.For(tenant.Tenant.PaymentProvider);
        var created = await gateway.CreatePaymentAsync(
            new CreatePaymentRequest(checkoutId, total, await sellerSplits.ForAsync(placed, cancellationToken), $"checkout-{checkoutId:N}"),
            cancellationToken);

        placed.ForEach(orders.Add);
        checkouts.Add(Checkout.Create(checkoutId, customerId, total, now));
        payments.Add(Payment.Create(Guid.CreateVersion7(), checkoutId, customerId, gateway.Provider, created.ProviderPaymentId, total, now));
        cart.Clear();

        // Reserved last, just before the commit, so a hot product's row stays locked for one statement and the commit.
        // A shortage throws: the transaction rolls the orders and every reservation back.
        await unitOfWork.CommitAsync(ct => ReserveAsync(priced.Value, ct), cancellationToken);

        return new CheckoutResult(
            checkoutId,
            [.. placed.Select(o => new CheckoutOrderDto(
                o.Id, o.SellerId, MoneyDto.From(o.Total), MoneyDto.From(o.MarketplaceFee), MoneyDto.From(o.SellerShare)))],
            MoneyDto.From(total),
            new CheckoutPaymentDto(gateway.Provider.ToString(), PaymentStatus.Pending.ToString(), now + tenant.Tenant.Orders.PaymentWindow,
                created.ProviderPaymentId, created.Client.ClientSecret, created.Client.KeyId, created.Client.ApprovalUrl));
    }

    private sealed record CheckoutLine(CartLine Line, Product Product, PricedLine Priced);

    /// <summary>Re-validates and re-prices every line on the current customisation; any change is reported, all at once.</summary>
    private async Task<Result<List<CheckoutLine>>> RepriceAsync(Cart cart, CancellationToken cancellationToken)
    {
        var lines = new List<CheckoutLine>();
        var problems = new Dictionary<string, string[]>();
        var changed = false;
        foreach (var line in cart.Lines.OrderBy(l => l.AddedAt))
        {
            var field = $"items[{line.Id}]";
            var product = await products.GetByIdAsync(line.ProductId, cancellationToken);
            if (product is not { Status: ProductStatus.Published })
            {
                problems[field] = ["This product is no longer for sale; remove it from the cart."];
                continue;
            }

            var selection = line.Customization is { } c
                ? SelectionParser.FromCanonicalJson(c.SelectionJson)
                : new Dictionary<string, Domain.Customization.Selections.SelectionValue>();
            var priced = await pricing.PriceAsync(product, line.Quantity, selection, cancellationToken);
            if (!priced.IsSuccess)
            {
                problems[field] =
                    [.. priced.Error!.Details.Select(d => $"{d.Key}: {string.Join(" ", d.Value)}").DefaultIfEmpty(priced.Error.Message)];
                continue;
            }

            if (priced.Value.UnitPrice != line.UnitQuote)
            {
                problems[field] = [string.Create(CultureInfo.InvariantCulture,
                    $"The price changed from {line.UnitQuote.Amount} to {priced.Value.UnitPrice.Amount} {priced.Value.UnitPrice.Currency} "
                    + $"(customisation version {line.Customization?.Version} → {priced.Value.Customization?.Version}).")];
                line.Requote(priced.Value.Customization, priced.Value.UnitPrice);
                changed = true;
                continue;
            }

            lines.Add(new CheckoutLine(line, product, priced.Value));
        }

        if (problems.Count == 0)
        {
            return lines;
        }

        return Error.Conflict(changed ? "checkout.price_changed" : "checkout.items_invalid",
            changed ? "Prices changed since the items were added; the cart now shows the new prices. Check them and place the order again."
                    : "Some items can no longer be bought as they are.") with
        { Details = problems };
    }

    /// <summary>One conditional UPDATE per product, in id order so concurrent checkouts never deadlock; any shortfall aborts everything.</summary>
    private async Task ReserveAsync(List<CheckoutLine> lines, CancellationToken cancellationToken)
    {
        var shortages = new Dictionary<string, string[]>();
        foreach (var product in lines.GroupBy(l => l.Product.Id).OrderBy(g => g.Key))
        {
            var quantity = product.Sum(l => l.Line.Quantity);
            if (!await inventory.TryReserveAsync(product.Key, quantity, cancellationToken))
            {
                shortages[$"items[{product.First().Line.Id}]"] = [$"Only fewer than {quantity} left in stock."];
            }
        }

        if (shortages.Count > 0)
        {
            // Thrown, not returned: the transaction must roll back every reservation made above.
            throw new DomainException(Error.Conflict("checkout.out_of_stock", "Some items are out of stock.") with { Details = shortages });
        }
    }
}
