using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// The price of a customised product. <see cref="Breakdown"/> starts with the base price and sums exactly to
/// <see cref="UnitPrice"/>; <see cref="Total"/> is the unit price times the quantity.
/// </summary>
public sealed record CustomizationQuote(
    Money UnitPrice,
    IReadOnlyList<PriceLine> Breakdown,
    int Quantity,
    Money Total,
    int LeadTimeDays,
    NormalizedSelection Selection);
