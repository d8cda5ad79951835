using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization;

/// <summary>What the per-type authoring checks share: the schema currency and the error collector.</summary>
internal sealed class AuthoringContext(string currency, FieldErrors errors)
{
    public string Currency { get; } = currency;

    public FieldErrors Errors { get; } = errors;

    public void Add(string field, string message) => Errors.Add(field, message);

    /// <summary>Prices are in the tenant currency only; negatives are allowed only where they mean a discount.</summary>
    public void CheckMoney(string field, Money? amount, bool allowNegative)
    {
        if (amount is null)
        {
            return;
        }

        if (!string.Equals(amount.Currency, Currency, StringComparison.Ordinal))
        {
            Add(field, $"Must be in {Currency}, not {amount.Currency}.");
        }
        else if (!allowNegative && amount.IsNegative)
        {
            Add(field, "Must not be negative.");
        }
    }

    public void CheckLabels(string field, IReadOnlyDictionary<string, string> labels)
    {
        if (labels.Count == 0)
        {
            Add(field, "Needs a label in at least one locale.");
        }
        else if (labels.Any(pair => string.IsNullOrWhiteSpace(pair.Key) || string.IsNullOrWhiteSpace(pair.Value)))
        {
            Add(field, "Every label needs a locale and a non-empty text.");
        }
    }
}
