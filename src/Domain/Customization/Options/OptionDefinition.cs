using CustomiseYou.Domain.Customization.Pricing;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>
/// One thing a customer can customise on a product. Only this assembly can derive new kinds, so the engine
/// (validation, pricing, preview) always knows every kind it may meet.
/// </summary>
public abstract record OptionDefinition
{
    private protected OptionDefinition()
    {
    }

    public required string Key { get; init; }

    /// <summary>Locale -> text, e.g. "en" -> "Engraving", "hi" -> "नक्काशी".</summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init => field = LocalizedLabels.Freeze(value); }

    public bool Required { get; init; }

    /// <summary>Ascending; ties keep the order the seller listed them in.</summary>
    public int DisplayOrder { get; init; }

    /// <summary>When set, the option is shown (validated, priced, stored) only if the condition holds.</summary>
    public OptionCondition? Condition { get; init; }

    public OptionPricing Pricing { get; init; } = OptionPricing.None;

    /// <summary>The kind as named in requests and messages: text, choice, colour, number, image, date.</summary>
    public abstract string Kind { get; }

    /// <summary>Adds authoring errors for the fields specific to this kind, under <paramref name="path"/>.</summary>
    internal abstract void CheckDefinition(string path, AuthoringContext context);

    /// <summary>Validates a non-blank raw value; returns its normalised form, or null with messages added.</summary>
    internal abstract SelectionValue? Accept(SelectionValue raw, SelectionContext context, List<string> errors);

    /// <summary>Whether a normalised value of this option equals a value named in another option's condition.</summary>
    internal virtual bool Matches(SelectionValue value, string conditionValue) =>
        value.Atoms.Contains(conditionValue, StringComparer.Ordinal);

    /// <summary>Why a condition naming <paramref name="conditionValue"/> could never hold, or null when it can.</summary>
    internal virtual string? ExplainImpossibleConditionValue(string conditionValue) =>
        string.IsNullOrWhiteSpace(conditionValue) ? "Must not be blank." : null;
}
