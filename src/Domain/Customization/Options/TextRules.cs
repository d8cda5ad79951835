using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>
/// Text measurements and checks shared by validation and pricing. "Characters" are user-perceived characters
/// (<see cref="GraphemeClusters"/>), so a Devanagari conjunct or an emoji family counts the way a person counts it.
/// </summary>
internal static class TextRules
{
    /// <summary>Bounds a seller's pattern: a catastrophic one makes the input fail instead of hanging a request.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(50);

    /// <summary>Trims, unifies line endings and composes (NFC) so equal-looking texts normalise equal.</summary>
    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim().Normalize(NormalizationForm.FormC);

    /// <summary>
    /// True for text that cannot be stored or shown safely: broken UTF-16, control characters other than line breaks
    /// and bidirectional overrides (which can make a text read differently from what it contains).
    /// </summary>
    public static bool HasUnsafeCharacters(string text)
    {
        var remaining = text.AsSpan();
        while (!remaining.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(remaining, out var rune, out var consumed) != OperationStatus.Done)
            {
                return true;
            }

            var isLineBreak = rune.Value is '\n' or '\r';
            if ((Rune.IsControl(rune) && !isLineBreak) || rune.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069))
            {
                return true;
            }

            remaining = remaining[consumed..];
        }

        return false;
    }

    /// <summary>Grapheme clusters, ignoring line breaks (and all whitespace when asked, as per-character pricing does).</summary>
    public static int CountCharacters(string text, bool excludeWhitespace)
    {
        var count = 0;
        foreach (var element in GraphemeClusters.Split(text))
        {
            var skip = excludeWhitespace ? IsWhitespace(element) : element is "\n";
            count += skip ? 0 : 1;
        }

        return count;
    }

    /// <summary>The first grapheme cluster outside the set (line breaks are judged separately), or null.</summary>
    public static string? FirstDisallowed(string text, CharacterSet set)
    {
        if (set == CharacterSet.Any)
        {
            return null;
        }

        return GraphemeClusters.Split(text).FirstOrDefault(element => element is not "\n" && !IsAllowed(element, set));
    }

    /// <summary>Whole-text match against the seller's pattern; null when the pattern ran out of time.</summary>
    public static bool? MatchesPattern(string text, string pattern)
    {
        try
        {
            // Anchoring here means "a|ab" accepts "ab": the whole text must match, whatever the seller wrote.
            return Regex.IsMatch(text, AnchoredPattern(pattern), RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The compile error of a seller's pattern, or null when it compiles.</summary>
    public static string? PatternError(string pattern)
    {
        try
        {
            _ = new Regex(AnchoredPattern(pattern), RegexOptions.CultureInvariant, PatternTimeout);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// Looks for any forbidden word as a whole word, ignoring case; <paramref name="found"/> is the word as written in
    /// the text. Null when the check ran out of time, which callers treat as a rejection.
    /// </summary>
    public static bool? ContainsForbiddenWord(string text, IReadOnlyCollection<string> words, out string? found)
    {
        found = null;
        if (words.Count == 0)
        {
            return false;
        }

        // A "word character" includes marks, so a Devanagari word is not split at its vowel signs.
        const string wordCharacter = @"[\p{L}\p{M}\p{N}_]";
        var alternatives = string.Join('|', words.Select(word => Regex.Escape(word.Trim())));
        var pattern = $"(?<!{wordCharacter})(?:{alternatives})(?!{wordCharacter})";
        try
        {
            var match = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout);
            found = match.Success ? match.Value : null;
            return match.Success;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string AnchoredPattern(string pattern) => $@"\A(?:{pattern})\z";

    private static bool IsWhitespace(string element) => element.All(char.IsWhiteSpace);

    private static bool IsAllowed(string element, CharacterSet set)
    {
        foreach (var rune in element.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var allowed = set switch
            {
                CharacterSet.Digits => category == UnicodeCategory.DecimalDigitNumber,
                CharacterSet.LettersDigitsSpace => IsLetterDigitOrSpace(rune, category),
                CharacterSet.LettersDigitsSpacePunctuation => IsLetterDigitOrSpace(rune, category) || IsPunctuation(category),
                _ => true,
            };
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetterDigitOrSpace(Rune rune, UnicodeCategory category) =>
        Rune.IsLetter(rune)
        || category is UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || rune.Value is ' ' or 0x200C or 0x200D; // ZWNJ/ZWJ shape Indic conjuncts

    private static bool IsPunctuation(UnicodeCategory category) =>
        category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
}
