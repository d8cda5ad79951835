using System.Globalization;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>
/// A date such as a delivery or event date, as "yyyy-MM-dd", within a window relative to the tenant's today
/// (which the caller computes in the tenant time zone).
/// </summary>
public sealed record DateOption : OptionDefinition
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>About a century either way; keeps date arithmetic far from DateOnly's limits.</summary>
    public const int DaysLimit = 36_500;

    public override string Kind => "date";

    public int MinDaysFromToday { get; init; }

    public int MaxDaysFromToday { get; init; } = 365;

    internal override void CheckDefinition(string path, AuthoringContext context)
    {
        if (Math.Abs(MinDaysFromToday) > DaysLimit)
        {
            context.Add($"{path}.minDaysFromToday", $"Must be between -{DaysLimit} and {DaysLimit}.");
        }

        if (Math.Abs(MaxDaysFromToday) > DaysLimit)
        {
            context.Add($"{path}.maxDaysFromToday", $"Must be between -{DaysLimit} and {DaysLimit}.");
        }
        else if (MinDaysFromToday > MaxDaysFromToday)
        {
            context.Add($"{path}.maxDaysFromToday", $"Must not be less than minDaysFromToday ({MinDaysFromToday}).");
        }
    }

    internal override SelectionValue? Accept(SelectionValue raw, SelectionContext context, List<string> errors)
    {
        if (raw.Kind != SelectionValueKind.Text
            || !DateOnly.TryParseExact(raw.Text!.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add($"Must be a date as {Format}.");
            return null;
        }

        var earliest = context.Today.AddDays(MinDaysFromToday);
        var latest = context.Today.AddDays(MaxDaysFromToday);
        if (date < earliest || date > latest)
        {
            errors.Add($"Must be between {Text(earliest)} and {Text(latest)}.");
            return null;
        }

        return SelectionValue.OfText(Text(date));
    }

    private static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
