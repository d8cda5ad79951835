using System.Text;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Products.SearchProducts;

/// <summary>Opaque cursors: base64url of "sort|key|id|mode". A cursor is only valid with the sort that produced it.</summary>
public static class SearchCursorCodec
{
    public static string Encode(SearchCursor cursor) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{cursor.Sort}|{cursor.Key}|{cursor.Id:N}|{(cursor.Fuzzy ? "f" : "s")}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static Result<SearchCursor> Decode(string value, ProductSort expectedSort)
    {
        var invalid = Error.Validation("search.cursor", "The cursor is not valid for this search.", "cursor");
        try
        {
            var padded = value.Replace('-', '+').Replace('_', '/');
            padded = padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
            return parts.Length == 4 && parts[3] is "f" or "s" && Enum.TryParse<ProductSort>(parts[0], out var sort) && sort == expectedSort
                && Guid.TryParse(parts[2], out var id)
                ? new SearchCursor(sort, parts[1], id, parts[3] == "f")
                : invalid;
        }
        catch (FormatException)
        {
            return invalid;
        }
    }
}
