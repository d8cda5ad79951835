using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// The rules of one option and optional bounds on its total surcharge (choice adjustments plus rules). Bounds apply
/// only when the option is answered; the quote shows them as their own lines so the breakdown explains the price.
/// </summary>
public sealed record OptionPricing
{
    public static OptionPricing None { get; } = new();

    public IReadOnlyList<PriceRule> Rules { get; init => field = [.. value]; } = [];

    public Money? Minimum { get; init; }

    public Money? Maximum { get; init; }

    internal void Check(string path, OptionDefinition option, AuthoringContext context)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i] is null)
            {
                context.Add($"{path}.rules[{i}]", "Must not be empty.");
                continue;
            }

            Rules[i].Check($"{path}.rules[{i}]", option, context);
        }

        context.CheckMoney($"{path}.minimum", Minimum, allowNegative: false);
        context.CheckMoney($"{path}.maximum", Maximum, allowNegative: false);
        if (Minimum is not null && Maximum is not null && SameCurrency(Minimum, Maximum, context.Currency) && Minimum > Maximum)
        {
            context.Add($"{path}.maximum", $"Must not be less than minimum ({Minimum}).");
        }
    }

    private static bool SameCurrency(Money first, Money second, string currency) =>
        string.Equals(first.Currency, currency, StringComparison.Ordinal) && string.Equals(second.Currency, currency, StringComparison.Ordinal);
}
