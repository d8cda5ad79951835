using System.Text.Json;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Orders.Common;

/// <summary>
/// An order item's stored customisation snapshot (JSON columns) in the shapes the rest of the API uses: the selection as the
/// map the customer sent, the breakdown as the quote's price lines ({ label, amount: Money, kind, optionKey }).
/// </summary>
public static class OrderItemSnapshot
{
    public static IReadOnlyDictionary<string, object?>? Selection(string? selectionJson) =>
        selectionJson is null
            ? null
            : SelectionParser.FromCanonicalJson(selectionJson).ToDictionary(p => p.Key, p => SelectionJson.ToPlain(p.Value));

    public static IReadOnlyList<PriceLineDto>? Breakdown(string? breakdownJson) =>
        breakdownJson is null
            ? null
            : [.. (JsonSerializer.Deserialize<StoredLine[]>(breakdownJson, CustomizationCatalog.Json) ?? [])
                .Select(line => new PriceLineDto(line.Label, MoneyDto.From(Money.Of(line.Amount, line.Currency)), line.Kind, line.OptionKey))];

    /// <summary>The stored line as CartPricing writes it.</summary>
    private sealed record StoredLine(string Label, string Kind, string? OptionKey, decimal Amount, string Currency);
}
