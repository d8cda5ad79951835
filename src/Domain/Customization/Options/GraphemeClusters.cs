using System.Buffers;
using System.Globalization;
using System.Text;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>
/// Splits text into user-perceived characters: .NET's extended grapheme clusters (which keep emoji with skin tones
/// and ZWJ families whole), plus Unicode 15.1's rule GB9c, which .NET does not apply yet: an Indic consonant, virama
/// and consonant form one conjunct, so "नमस्ते" is three characters (न म स्ते) as a reader counts it, not four.
/// </summary>
internal static class GraphemeClusters
{
    // Viramas that join conjuncts (Indic_Conjunct_Break=Linker): Devanagari, Bengali, Gujarati, Oriya, Telugu, Malayalam.
    private static readonly HashSet<int> Linkers = [0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D];

    // Consonants of those scripts (Indic_Conjunct_Break=Consonant), as inclusive ranges.
    private static readonly (int First, int Last)[] Consonants =
    [
        (0x0915, 0x0939), (0x0958, 0x095F), (0x0978, 0x097F),
        (0x0995, 0x09A8), (0x09AA, 0x09B0), (0x09B2, 0x09B2), (0x09B6, 0x09B9), (0x09DC, 0x09DD), (0x09DF, 0x09DF), (0x09F0, 0x09F1),
        (0x0A95, 0x0AA8), (0x0AAA, 0x0AB0), (0x0AB2, 0x0AB3), (0x0AB5, 0x0AB9), (0x0AF9, 0x0AF9),
        (0x0B15, 0x0B28), (0x0B2A, 0x0B30), (0x0B32, 0x0B33), (0x0B35, 0x0B39), (0x0B5C, 0x0B5D), (0x0B5F, 0x0B5F), (0x0B71, 0x0B71),
        (0x0C15, 0x0C28), (0x0C2A, 0x0C39), (0x0C58, 0x0C5A),
        (0x0D15, 0x0D3A),
    ];

    public static IEnumerable<string> Split(string text)
    {
        string? pending = null;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (pending is not null && EndsWithLinker(pending) && StartsWithConsonant(element))
            {
                pending += element;
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = element;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    /// <summary>Consonant, then only marks, ZWJ and viramas, at least one of them a virama (GB9c's left side).</summary>
    private static bool EndsWithLinker(string element)
    {
        if (!StartsWithConsonant(element))
        {
            return false;
        }

        var sawLinker = false;
        foreach (var rune in element.EnumerateRunes().Skip(1))
        {
            if (Linkers.Contains(rune.Value))
            {
                sawLinker = true;
            }
            else if (!IsExtend(rune))
            {
                if (!IsConsonant(rune))
                {
                    return false; // a vowel sign or anything else closes the conjunct
                }

                sawLinker = false; // an already merged conjunct: its next consonant needs its own virama
            }
        }

        return sawLinker;
    }

    private static bool IsExtend(Rune rune) =>
        rune.Value == 0x200D || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static bool StartsWithConsonant(string element) =>
        Rune.DecodeFromUtf16(element, out var first, out _) == OperationStatus.Done && IsConsonant(first);

    private static bool IsConsonant(Rune rune) =>
        Consonants.Any(range => rune.Value >= range.First && rune.Value <= range.Last);
}
