using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>
/// Pick one (a text answer) or several (a list answer) of the listed choices. Picks are normalised to the order of
/// <see cref="Choices"/>, so ["b","a"] and ["a","b"] are the same selection.
/// </summary>
public sealed record ChoiceOption : OptionDefinition
{
    public override string Kind => "choice";

    public required IReadOnlyList<ChoiceItem> Choices { get; init => field = [.. value]; }

    public bool Multiple { get; init; }

    /// <summary>Only for <see cref="Multiple"/>.</summary>
    public int MinPicks { get; init; }

    /// <summary>Only for <see cref="Multiple"/>; null means up to every choice.</summary>
    public int? MaxPicks { get; init; }

    /// <summary>The picked choices of a normalised value, in schema order.</summary>
    public IEnumerable<ChoiceItem> PickedChoices(SelectionValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Choices.Where(choice => value.Atoms.Contains(choice.Value, StringComparer.Ordinal));
    }

    internal override void CheckDefinition(string path, AuthoringContext context)
    {
        if (Choices.Count == 0)
        {
            context.Add($"{path}.choices", "Needs at least one choice.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Choices.Count; i++)
        {
            CheckChoice($"{path}.choices[{i}]", Choices[i], seen, context);
        }

        if (!Multiple)
        {
            if (MinPicks != 0 || MaxPicks is not null)
            {
                context.Add($"{path}.maxPicks", "Only a multiple choice has pick limits.");
            }

            return;
        }

        if (MinPicks < 0)
        {
            context.Add($"{path}.minPicks", "Must not be negative.");
        }

        if (MaxPicks is < 1)
        {
            context.Add($"{path}.maxPicks", "Must be at least 1.");
        }
        else if (MinPicks > (MaxPicks ?? Choices.Count))
        {
            context.Add($"{path}.maxPicks", $"Must not be less than minPicks ({MinPicks}) or than the number of choices.");
        }
    }

    internal override SelectionValue? Accept(SelectionValue raw, SelectionContext context, List<string> errors)
    {
        if (raw.Kind == SelectionValueKind.Number)
        {
            errors.Add(Multiple ? "Must be a list of choices." : "Must be one choice.");
            return null;
        }

        List<string> picks = raw.Kind == SelectionValueKind.Text ? [raw.Text!.Trim()] : [.. raw.Items.Select(item => item.Trim())];
        foreach (var unknown in picks.Where(pick => !Choices.Any(choice => choice.Value == pick)).Distinct())
        {
            errors.Add($"'{unknown}' is not one of the choices.");
        }

        foreach (var twice in picks.GroupBy(pick => pick, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            errors.Add($"'{twice.Key}' is picked more than once.");
        }

        CheckPickCount(picks.Count, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        return Multiple
            ? SelectionValue.OfList(Choices.Select(choice => choice.Value).Where(picks.Contains))
            : SelectionValue.OfText(picks[0]);
    }

    internal override string? ExplainImpossibleConditionValue(string conditionValue) =>
        Choices.Any(choice => choice.Value == conditionValue) ? null : $"'{conditionValue}' is not one of the choices.";

    private void CheckPickCount(int count, List<string> errors)
    {
        if (!Multiple)
        {
            if (count != 1)
            {
                errors.Add("Pick exactly one choice.");
            }

            return;
        }

        var max = MaxPicks ?? Choices.Count;
        if (count < MinPicks || count > max)
        {
            errors.Add(MinPicks == max ? $"Pick exactly {max} choices." : $"Pick between {MinPicks} and {max} choices.");
        }
    }

    private static void CheckChoice(string path, ChoiceItem choice, HashSet<string> seen, AuthoringContext context)
    {
        if (!OptionKey.IsValid(choice.Value))
        {
            context.Add($"{path}.value", "Must be lower-case letters, digits or '_', starting with a letter (at most 40).");
        }
        else if (!seen.Add(choice.Value))
        {
            context.Add($"{path}.value", $"'{choice.Value}' is listed twice.");
        }

        context.CheckLabels($"{path}.labels", choice.Labels);
        context.CheckMoney($"{path}.priceAdjustment", choice.PriceAdjustment, allowNegative: true);
        if (choice.LeadTimeDays < 0)
        {
            context.Add($"{path}.leadTimeDays", "Must not be negative.");
        }
    }
}
