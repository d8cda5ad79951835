using System.Globalization;
using System.Text;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Catalog;

/// <summary>URL-safe name of a catalog node: lower-case letters and digits of any script, joined by single hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark && c < '\u0900')
            {
                continue; // drop Latin accents (é -> e) but keep Indic vowel signs, which change the word
            }

            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC);
        if (slug.Length == 0)
        {
            throw new DomainException(Error.Rule("slug.empty", "A slug needs at least one letter or digit."));
        }

        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}
