using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Preview;
using CustomiseYou.Domain.Customization.Pricing;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization;

/// <summary>
/// The customisations a seller offers on one product, in one currency (the tenant's). Immutable and valid by
/// construction: <see cref="Create"/> is the only way in, so validation, pricing and previews can trust it.
/// </summary>
public sealed class CustomizationSchema
{
    private readonly Dictionary<string, OptionDefinition> _optionsByKey;

    private CustomizationSchema(string currency, IReadOnlyList<OptionDefinition> options, PreviewTemplate? preview, Money? maxUnitSurcharge)
    {
        Currency = currency;
        Options = options;
        Preview = preview;
        MaxUnitSurcharge = maxUnitSurcharge;
        _optionsByKey = options.ToDictionary(option => option.Key, StringComparer.Ordinal);
    }

    public string Currency { get; }

    /// <summary>By display order; ties keep the order the seller listed them in.</summary>
    public IReadOnlyList<OptionDefinition> Options { get; }

    public PreviewTemplate? Preview { get; }

    /// <summary>Product-level cap on the total surcharge per unit, over all options.</summary>
    public Money? MaxUnitSurcharge { get; }

    /// <summary>
    /// A valid schema, or a validation error whose <see cref="Error.Details"/> lists every problem by field path,
    /// indexed as the options were given.
    /// </summary>
    public static Result<CustomizationSchema> Create(
        string currency, IEnumerable<OptionDefinition> options, PreviewTemplate? preview = null, Money? maxUnitSurcharge = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionDefinition[] given = [.. options];
        if (given.Any(option => option is null))
        {
            throw new ArgumentException("Options cannot contain null.", nameof(options));
        }

        var errors = SchemaAuthoring.Check(currency, given, preview, maxUnitSurcharge);
        if (!errors.IsEmpty)
        {
            return new Error("customization.schema_invalid", "The customisation schema has errors.", ErrorType.Validation)
            {
                Details = errors.ToDictionary(),
            };
        }

        var ordered = given.OrderBy(option => option.DisplayOrder).ToList().AsReadOnly(); // OrderBy is stable
        return new CustomizationSchema(currency, ordered, preview, maxUnitSurcharge);
    }

    public OptionDefinition? FindOption(string key) => _optionsByKey.GetValueOrDefault(key);

    /// <summary>Every problem of a selection, keyed by option key (unknown keys included); empty when it is valid.</summary>
    public IReadOnlyDictionary<string, string[]> Validate(
        IReadOnlyDictionary<string, SelectionValue> selection, DateOnly today, Func<string, UploadedImage?> uploads) =>
        Evaluate(selection, today, uploads).Errors.ToDictionary();

    /// <summary>The canonical form of a valid selection (hidden options dropped), or its errors.</summary>
    public Result<NormalizedSelection> Normalize(
        IReadOnlyDictionary<string, SelectionValue> selection, DateOnly today, Func<string, UploadedImage?> uploads)
    {
        var evaluated = Evaluate(selection, today, uploads);
        return evaluated.Errors.IsEmpty ? evaluated.ToNormalized() : InvalidSelection(evaluated.Errors);
    }

    /// <summary>
    /// Validates and prices a selection for <paramref name="quantity"/> units of a product costing
    /// <paramref name="basePrice"/> (in <see cref="Currency"/>). Invalid selections give a rule-violation error
    /// whose details hold every problem by option key. Labels are picked for <paramref name="locale"/>.
    /// </summary>
    public Result<CustomizationQuote> Quote(
        Money basePrice,
        int quantity,
        IReadOnlyDictionary<string, SelectionValue> selection,
        DateOnly today,
        Func<string, UploadedImage?> uploads,
        string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(basePrice);
        if (!string.Equals(basePrice.Currency, Currency, StringComparison.Ordinal) || basePrice.IsNegative)
        {
            throw new DomainException(Error.Rule(
                "customization.base_price", $"The base price must be a non-negative amount in {Currency}; it is {basePrice}."));
        }

        if (quantity < 1)
        {
            throw new DomainException(Error.Rule("customization.quantity", "The quantity must be at least 1."));
        }

        var evaluated = Evaluate(selection, today, uploads);
        return evaluated.Errors.IsEmpty
            ? PriceCalculator.Quote(this, basePrice, quantity, evaluated, locale)
            : InvalidSelection(evaluated.Errors);
    }

    private EvaluatedSelection Evaluate(
        IReadOnlyDictionary<string, SelectionValue> selection, DateOnly today, Func<string, UploadedImage?> uploads)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(uploads);
        return SelectionEvaluator.Evaluate(this, selection, new SelectionContext(today, uploads));
    }

    private static Error InvalidSelection(FieldErrors errors) =>
        new("customization.selection_invalid", "The selection has errors.", ErrorType.RuleViolation) { Details = errors.ToDictionary() };
}
