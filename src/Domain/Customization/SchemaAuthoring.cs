using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Preview;

namespace CustomiseYou.Domain.Customization;

/// <summary>
/// Checks a seller's schema definition and reports every problem by field path ("options[2].key",
/// "options[0].condition.dependsOn", "preview.zones[1].optionKey"), indexed as the seller listed them.
/// </summary>
internal static class SchemaAuthoring
{
    public const int MaxOptions = 100;

    public static FieldErrors Check(
        string currency, IReadOnlyList<OptionDefinition> options, PreviewTemplate? preview, Money? maxUnitSurcharge)
    {
        var errors = new FieldErrors();
        if (!Currency.IsSupported(currency))
        {
            errors.Add("currency", $"Currency '{currency}' is not supported.");
            return errors; // every price check needs the currency
        }

        var context = new AuthoringContext(currency, errors);
        context.CheckMoney("maxUnitSurcharge", maxUnitSurcharge, allowNegative: false);
        if (options.Count is 0 or > MaxOptions)
        {
            errors.Add("options", $"Must have between 1 and {MaxOptions} options.");
        }

        var optionsByKey = new Dictionary<string, OptionDefinition>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            CheckOption($"options[{i}]", options[i], optionsByKey, context);
        }

        for (var i = 0; i < options.Count; i++)
        {
            CheckCondition($"options[{i}].condition", options[i], optionsByKey, context);
        }

        foreach (var (index, cycle) in ConditionCycles.Find(options))
        {
            errors.Add($"options[{index}].condition.dependsOn", $"Conditions form a cycle: {string.Join(" -> ", cycle)}.");
        }

        preview?.Check("preview", optionsByKey, context);
        return errors;
    }

    private static void CheckOption(
        string path, OptionDefinition option, Dictionary<string, OptionDefinition> optionsByKey, AuthoringContext context)
    {
        if (!OptionKey.IsValid(option.Key))
        {
            context.Add($"{path}.key", "Must be lower-case letters, digits or '_', starting with a letter (at most 40).");
        }
        else if (!optionsByKey.TryAdd(option.Key, option))
        {
            context.Add($"{path}.key", $"Key '{option.Key}' is used by another option.");
        }

        context.CheckLabels($"{path}.labels", option.Labels);
        option.CheckDefinition(path, context);
        option.Pricing.Check($"{path}.pricing", option, context);
    }

    private static void CheckCondition(
        string path, OptionDefinition option, Dictionary<string, OptionDefinition> optionsByKey, AuthoringContext context)
    {
        if (option.Condition is not { } condition)
        {
            return;
        }

        if (string.Equals(condition.DependsOn, option.Key, StringComparison.Ordinal))
        {
            context.Add($"{path}.dependsOn", "An option cannot depend on itself.");
        }
        else if (!optionsByKey.TryGetValue(condition.DependsOn, out var dependency))
        {
            context.Add($"{path}.dependsOn", $"No option has key '{condition.DependsOn}'.");
        }
        else
        {
            for (var i = 0; i < condition.Values.Count; i++)
            {
                if (dependency.ExplainImpossibleConditionValue(condition.Values[i]) is { } problem)
                {
                    context.Add($"{path}.values[{i}]", problem);
                }
            }
        }

        if (condition.Values.Count == 0)
        {
            context.Add($"{path}.values", "Needs at least one value.");
        }
    }
}
