using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Selections;

/// <summary>
/// Decides for every option whether it is shown (its condition holds), answered and valid, collecting all errors
/// at once. Options are resolved dependency-first, so a condition sees the normalised answer it depends on.
/// </summary>
internal sealed class SelectionEvaluator
{
    private readonly CustomizationSchema _schema;
    private readonly IReadOnlyDictionary<string, SelectionValue> _selection;
    private readonly SelectionContext _context;
    private readonly Dictionary<string, SelectionValue?> _resolved = new(StringComparer.Ordinal);
    private readonly FieldErrors _errors = new();

    private SelectionEvaluator(CustomizationSchema schema, IReadOnlyDictionary<string, SelectionValue> selection, SelectionContext context)
    {
        _schema = schema;
        _selection = selection;
        _context = context;
    }

    public static EvaluatedSelection Evaluate(
        CustomizationSchema schema, IReadOnlyDictionary<string, SelectionValue> selection, SelectionContext context)
    {
        var evaluator = new SelectionEvaluator(schema, selection, context);
        foreach (var unknown in selection.Keys.Where(key => schema.FindOption(key) is null).Order(StringComparer.Ordinal))
        {
            evaluator._errors.Add(unknown, "This product has no such option.");
        }

        var accepted = new List<AcceptedAnswer>();
        foreach (var option in schema.Options)
        {
            if (evaluator.Resolve(option) is { } value)
            {
                accepted.Add(new AcceptedAnswer(option, value));
            }
        }

        return new EvaluatedSelection(accepted, evaluator._errors);
    }

    /// <summary>The normalised answer of a shown, answered and valid option; null otherwise.</summary>
    private SelectionValue? Resolve(OptionDefinition option)
    {
        if (_resolved.TryGetValue(option.Key, out var known))
        {
            return known;
        }

        _resolved[option.Key] = null; // a guard, although authoring already rejects condition cycles
        var value = IsShown(option) ? Answer(option) : null;
        _resolved[option.Key] = value;
        return value;
    }

    private bool IsShown(OptionDefinition option)
    {
        if (option.Condition is not { } condition)
        {
            return true;
        }

        var dependency = _schema.FindOption(condition.DependsOn);
        return dependency is not null
            && Resolve(dependency) is { } dependencyValue
            && condition.Values.Any(value => dependency.Matches(dependencyValue, value));
    }

    private SelectionValue? Answer(OptionDefinition option)
    {
        if (!_selection.TryGetValue(option.Key, out var raw) || raw is null || raw.IsBlank)
        {
            if (option.Required)
            {
                _errors.Add(option.Key, "Required.");
            }

            return null;
        }

        var messages = new List<string>();
        var value = option.Accept(raw, _context, messages);
        foreach (var message in messages)
        {
            _errors.Add(option.Key, message);
        }

        return messages.Count == 0 ? value : null;
    }
}
