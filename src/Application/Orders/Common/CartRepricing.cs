using System.Globalization;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Selections;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Orders.Common;

/// <summary>A cart line priced again now, with the product it sells.</summary>
public sealed record RepricedLine(CartLine Line, Product Product, PricedLine Priced)
{
    public CheckoutLine ToCheckoutLine() => new(
        Product.SellerId, Product.Id, Product.Title, Line.Quantity, Priced.UnitPrice,
        Priced.Customization is { } c ? new CustomizationSnapshot(c.Version, c.SelectionJson, Priced.BreakdownJson!) : null);
}

/// <summary>
/// Re-validates and re-prices every line of a cart on the products' current customisation. Every problem is reported at
/// once, by line; a changed price is written onto its line (the caller decides whether to keep it).
/// </summary>
public sealed class CartRepricing(IProductRepository products, CartPricing pricing)
{
    public async Task<Result<IReadOnlyList<RepricedLine>>> RepriceAsync(Cart cart, CancellationToken cancellationToken)
    {
        var lines = new List<RepricedLine>();
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
                : new Dictionary<string, SelectionValue>();
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

            lines.Add(new RepricedLine(line, product, priced.Value));
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
}
