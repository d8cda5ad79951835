using System.Globalization;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>A measured amount such as a length in cm: between <see cref="Min"/> and <see cref="Max"/>, in steps from Min.</summary>
public sealed record NumberOption : OptionDefinition
{
    public const int UnitMaxLength = 20;

    public override string Kind => "number";

    public decimal Min { get; init; }

    public decimal Max { get; init; }

    public decimal Step { get; init; } = 1m;

    /// <summary>Shown next to the number, e.g. "cm" or "g".</summary>
    public string Unit { get; init; } = string.Empty;

    internal override void CheckDefinition(string path, AuthoringContext context)
    {
        if (Step <= 0m)
        {
            context.Add($"{path}.step", "Must be greater than 0.");
        }

        if (Min > Max)
        {
            context.Add($"{path}.max", $"Must not be less than min ({Format(Min)}).");
        }

        if (Unit.Length > UnitMaxLength)
        {
            context.Add($"{path}.unit", $"Must have at most {UnitMaxLength} characters.");
        }
    }

    internal override SelectionValue? Accept(SelectionValue raw, SelectionContext context, List<string> errors)
    {
        if (raw.Kind != SelectionValueKind.Number)
        {
            errors.Add("Must be a number.");
            return null;
        }

        var number = raw.Number!.Value;
        if (number < Min || number > Max)
        {
            errors.Add($"Must be between {Format(Min)} and {Format(Max)}{UnitSuffix}.");
        }
        else if ((number - Min) % Step != 0m)
        {
            errors.Add($"Must be {Format(Min)}{UnitSuffix} plus a multiple of {Format(Step)}.");
        }

        return errors.Count == 0 ? raw : null;
    }

    internal override bool Matches(SelectionValue value, string conditionValue) =>
        decimal.TryParse(conditionValue, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && value.Number == number;

    internal override string? ExplainImpossibleConditionValue(string conditionValue) =>
        decimal.TryParse(conditionValue, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? null
            : "Must be a number such as 12.5.";

    private string UnitSuffix => Unit.Length == 0 ? string.Empty : $" {Unit}";

    private static string Format(decimal value) => CanonicalJson.Number(value);
}
