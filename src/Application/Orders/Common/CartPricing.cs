using System.Text.Json;
using CustomiseYou.Application.Common.Localization;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Selections;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Orders.Common;

/// <summary>A line priced now: unit price, the customisation it was priced with, and the breakdown for the order snapshot.</summary>
public sealed record PricedLine(Money UnitPrice, CartCustomization? Customization, string? BreakdownJson);

/// <summary>
/// Prices a product with a selection on its current customisation version (or at base price when it has none).
/// Breakdown labels are in the caller's locale, so an order's snapshot reads in the language its buyer reads.
/// </summary>
public sealed class CartPricing(CustomizationCatalog catalog, IProductCustomizationRepository customizations, CallerLocale locale)
{
    public async Task<Result<PricedLine>> PriceAsync(
        Product product, int quantity, IReadOnlyDictionary<string, SelectionValue> selection, CancellationToken cancellationToken)
    {
        var hasSchema = product.Customizable && await customizations.GetLatestAsync(product.Id, cancellationToken) is not null;
        if (!hasSchema)
        {
            return selection.Count == 0
                ? new PricedLine(product.BasePrice, null, null)
                : Error.Rule("cart.not_customizable", "This product takes no customisation.") with
                {
                    Details = new Dictionary<string, string[]> { ["selections"] = ["This product takes no customisation."] },
                };
        }

        var prepared = await catalog.PrepareAsync(product.Id, selection, cancellationToken);
        if (!prepared.IsSuccess)
        {
            return prepared.Error!;
        }

        var (_, version, schema, uploads) = prepared.Value;
        var quote = schema.Quote(
            product.BasePrice, quantity, selection, catalog.TodayInRegion(), uploads, await locale.ResolveAsync(cancellationToken));
        if (!quote.IsSuccess)
        {
            return quote.Error!;
        }

        var q = quote.Value;
        var breakdown = JsonSerializer.Serialize(
            q.Breakdown.Select(l => new
            {
                label = l.Label,
                kind = l.Kind.ToString(),
                optionKey = l.OptionKey,
                amount = l.Amount.Amount,
                currency = l.Amount.Currency,
            }),
            CustomizationCatalog.Json);
        return new PricedLine(q.UnitPrice, new CartCustomization(version, q.Selection.CanonicalJson, q.Selection.Fingerprint), breakdown);
    }
}
