using System.Globalization;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// Prices accepted answers: exact lines per option (choice adjustments, rules, then per-option bounds), the
/// product-level cap, and a floor so the unit price is never negative; then one rounding for the whole breakdown.
/// </summary>
internal static class PriceCalculator
{
    public static CustomizationQuote Quote(
        CustomizationSchema schema, Money basePrice, int quantity, EvaluatedSelection evaluated, string? locale)
    {
        var wording = PriceWording.For(locale);
        var lines = new List<DraftLine> { new(PriceLineKind.BasePrice, wording.BasePrice, null, basePrice.Amount) };
        foreach (var answer in evaluated.Accepted)
        {
            lines.AddRange(OptionLines(answer, basePrice.Amount, quantity, locale, wording));
        }

        var surcharge = lines.Skip(1).Sum(line => line.Amount);
        if (schema.MaxUnitSurcharge is { } cap && surcharge > cap.Amount)
        {
            lines.Add(new DraftLine(PriceLineKind.SurchargeCap, PriceWording.Format(wording.SurchargeCap, cap), null, cap.Amount - surcharge));
        }

        var exactUnitPrice = lines.Sum(line => line.Amount);
        if (exactUnitPrice < 0m)
        {
            lines.Add(new DraftLine(PriceLineKind.PriceFloor, wording.PriceFloor, null, -exactUnitPrice));
        }

        var (breakdown, unitPrice) = BreakdownRounding.Round(lines, schema.Currency);
        var leadTimeDays = evaluated.Accepted
            .Where(answer => answer.Option is ChoiceOption)
            .SelectMany(answer => ((ChoiceOption)answer.Option).PickedChoices(answer.Value))
            .Select(choice => choice.LeadTimeDays)
            .DefaultIfEmpty(0)
            .Max();
        return new CustomizationQuote(unitPrice, breakdown, quantity, unitPrice * quantity, leadTimeDays, evaluated.ToNormalized());
    }

    private static List<DraftLine> OptionLines(AcceptedAnswer answer, decimal basePrice, int quantity, string? locale, PriceWording wording)
    {
        var option = answer.Option;
        var label = LocalizedLabels.Resolve(option.Labels, locale);
        var lines = new List<DraftLine>();
        if (option is ChoiceOption choiceOption)
        {
            lines.AddRange(choiceOption.PickedChoices(answer.Value)
                .Where(choice => choice.PriceAdjustment is { IsZero: false })
                .Select(choice => new DraftLine(
                    PriceLineKind.Choice, $"{label}: {LocalizedLabels.Resolve(choice.Labels, locale)}", option.Key, choice.PriceAdjustment!.Amount)));
        }

        var input = new RuleInput(option, answer.Value, basePrice, quantity, wording);
        foreach (var rule in option.Pricing.Rules)
        {
            if (rule.Charge(input) is { Amount: not 0m } charge)
            {
                lines.Add(new DraftLine(PriceLineKind.Rule, Describe(label, charge.Detail), option.Key, charge.Amount));
            }
        }

        var total = lines.Sum(line => line.Amount);
        if (option.Pricing.Minimum is { } minimum && total < minimum.Amount)
        {
            lines.Add(new DraftLine(
                PriceLineKind.OptionMinimum, PriceWording.Format(wording.OptionMinimum, label, minimum), option.Key, minimum.Amount - total));
        }
        else if (option.Pricing.Maximum is { } maximum && total > maximum.Amount)
        {
            lines.Add(new DraftLine(
                PriceLineKind.OptionMaximum, PriceWording.Format(wording.OptionMaximum, label, maximum), option.Key, maximum.Amount - total));
        }

        return lines;
    }

    private static string Describe(string label, string detail) =>
        detail.Length == 0 ? label : string.Create(CultureInfo.InvariantCulture, $"{label} ({detail})");
}
