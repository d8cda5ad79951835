using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>Free text such as an engraving. Lengths count characters as a person does (grapheme clusters).</summary>
public sealed record TextOption : OptionDefinition
{
    /// <summary>Upper bound for <see cref="MaxLength"/>, keeping validation, pricing and previews cheap.</summary>
    public const int LengthLimit = 2000;

    /// <summary>UTF-16 units one character (grapheme cluster) may take before the text is refused unread.</summary>
    public const int MaxUnitsPerCharacter = 16;

    public override string Kind => "text";

    public bool Multiline { get; init; }

    public int MinLength { get; init; }

    public int MaxLength { get; init; } = 100;

    /// <summary>Only for multi-line text; null means no line limit.</summary>
    public int? MaxLines { get; init; }

    public CharacterSet AllowedCharacters { get; init; } = CharacterSet.Any;

    /// <summary>Alternative to a named set: the whole text must match; checked with a timeout.</summary>
    public string? AllowedPattern { get; init; }

    /// <summary>Font families the customer may pick from; the pick travels in <see cref="SelectionValue.Font"/>.</summary>
    public IReadOnlyList<string> Fonts { get; init => field = [.. value]; } = [];

    /// <summary>Rejected when found as a whole word, ignoring case.</summary>
    public IReadOnlyList<string> ForbiddenWords { get; init => field = [.. value]; } = [];

    internal override void CheckDefinition(string path, AuthoringContext context)
    {
        if (MinLength < 0)
        {
            context.Add($"{path}.minLength", "Must not be negative.");
        }

        if (MaxLength is < 1 or > LengthLimit)
        {
            context.Add($"{path}.maxLength", $"Must be between 1 and {LengthLimit}.");
        }
        else if (MinLength > MaxLength)
        {
            context.Add($"{path}.maxLength", $"Must not be less than minLength ({MinLength}).");
        }

        if (MaxLines is < 1)
        {
            context.Add($"{path}.maxLines", "Must be at least 1.");
        }
        else if (MaxLines > 1 && !Multiline)
        {
            context.Add($"{path}.maxLines", "Only multi-line text can have more than one line.");
        }

        CheckPattern($"{path}.allowedPattern", context);
        CheckList($"{path}.fonts", Fonts, FontName.IsValid, "Must be a font name of letters, digits, spaces, '-' or '_'.", context);
        CheckList($"{path}.forbiddenWords", ForbiddenWords, word => !string.IsNullOrWhiteSpace(word), "Must not be blank.", context);
    }

    internal override SelectionValue? Accept(SelectionValue raw, SelectionContext context, List<string> errors)
    {
        if (raw.Kind != SelectionValueKind.Text)
        {
            errors.Add("Must be text.");
            return null;
        }

        // A person's character is a few UTF-16 units at most; far longer text is refused before it is scanned,
        // normalised or matched, so an oversized value costs nothing but this comparison.
        if (raw.Text!.Length > MaxLength * MaxUnitsPerCharacter)
        {
            errors.Add($"Must have at most {MaxLength} characters.");
            return null;
        }

        if (TextRules.HasUnsafeCharacters(raw.Text!))
        {
            errors.Add("Contains characters that cannot be used (control characters or broken text).");
            return null;
        }

        var text = TextRules.Normalize(raw.Text!);
        var font = AcceptFont(raw.Font, errors);
        CheckLength(text, errors);
        if (errors.Count > 0)
        {
            return null; // the pattern and the forbidden words are the costly checks: not run on text already refused
        }

        CheckCharacters(text, errors);
        CheckForbiddenWords(text, errors);
        return errors.Count == 0 ? SelectionValue.OfText(text, font) : null;
    }

    private void CheckPattern(string field, AuthoringContext context)
    {
        if (AllowedPattern is null)
        {
            return;
        }

        if (AllowedCharacters != CharacterSet.Any)
        {
            context.Add(field, "Use either a named character set or a pattern, not both.");
        }
        else if (string.IsNullOrWhiteSpace(AllowedPattern))
        {
            context.Add(field, "Must not be blank.");
        }
        else if (TextRules.PatternError(AllowedPattern) is { } error)
        {
            context.Add(field, $"Does not compile: {error}");
        }
    }

    private static void CheckList(
        string field, IReadOnlyList<string> items, Func<string, bool> isValid, string message, AuthoringContext context)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            if (!isValid(items[i]))
            {
                context.Add($"{field}[{i}]", message);
            }
            else if (!seen.Add(items[i].Trim()))
            {
                context.Add($"{field}[{i}]", $"'{items[i]}' is listed twice.");
            }
        }
    }

    private string? AcceptFont(string? font, List<string> errors)
    {
        if (font is null)
        {
            return null;
        }

        // Stored with the seller's spelling, so "serif" and "Serif" normalise to the same selection.
        var offered = Fonts.FirstOrDefault(name => string.Equals(name, font.Trim(), StringComparison.OrdinalIgnoreCase));
        if (offered is null)
        {
            errors.Add(Fonts.Count == 0
                ? "This option has no font choices."
                : $"Font '{font}' is not offered; choose one of: {string.Join(", ", Fonts)}.");
        }

        return offered;
    }

    private void CheckLength(string text, List<string> errors)
    {
        var length = TextRules.CountCharacters(text, excludeWhitespace: false);
        if (length < MinLength)
        {
            errors.Add($"Must have at least {MinLength} characters.");
        }
        else if (length > MaxLength)
        {
            errors.Add($"Must have at most {MaxLength} characters.");
        }

        var lines = text.Count(c => c == '\n') + 1;
        if (!Multiline && lines > 1)
        {
            errors.Add("Must be a single line.");
        }
        else if (lines > MaxLines)
        {
            errors.Add($"Must have at most {MaxLines} lines.");
        }
    }

    private void CheckCharacters(string text, List<string> errors)
    {
        if (TextRules.FirstDisallowed(text, AllowedCharacters) is { } disallowed)
        {
            errors.Add($"'{disallowed}' is not allowed here.");
        }

        if (AllowedPattern is not null)
        {
            var matches = TextRules.MatchesPattern(text, AllowedPattern);
            if (matches is null)
            {
                errors.Add("Could not be checked in time; please use simpler text.");
            }
            else if (matches is false)
            {
                errors.Add("Does not have the required format.");
            }
        }
    }

    private void CheckForbiddenWords(string text, List<string> errors)
    {
        var contains = TextRules.ContainsForbiddenWord(text, ForbiddenWords, out var word);
        if (contains is null)
        {
            errors.Add("Could not be checked in time; please use simpler text.");
        }
        else if (contains is true)
        {
            errors.Add($"Contains a word that is not allowed: '{word}'.");
        }
    }
}
