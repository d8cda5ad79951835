using System.Text;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

/// <summary>
/// The opaque cursor of a newest-first keyset page: base64 of the last row's key parts, joined by '|'. A cursor that
/// does not decode is the client's mistake, a 400 on the <c>cursor</c> field, never a 500.
/// </summary>
internal static class KeysetCursor
{
    public static string Encode(Guid id) => Encode(id.ToString("N"));

    public static string Encode(params string[] parts) => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('|', parts)));

    /// <summary>The id of a one-part cursor; null when there is no cursor.</summary>
    public static Guid? DecodeId(string? cursor, string feature) =>
        cursor is null ? null : Id(Decode(cursor, 1, feature)[0], feature);

    /// <summary>The leading text part and the id of a two-part cursor; null when there is no cursor.</summary>
    public static (string Key, Guid Id)? DecodeKeyAndId(string? cursor, string feature)
    {
        if (cursor is null)
        {
            return null;
        }

        var parts = Decode(cursor, 2, feature);
        return (parts[0], Id(parts[1], feature));
    }

    private static string[] Decode(string cursor, int count, string feature)
    {
        var bytes = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes, 0, written).Split('|') is { } parts && parts.Length == count
            ? parts
            : throw Invalid(feature);
    }

    private static Guid Id(string text, string feature) => Guid.TryParseExact(text, "N", out var id) ? id : throw Invalid(feature);

    private static DomainException Invalid(string feature) => new(Error.Validation($"{feature}.cursor", "The cursor is not valid.", "cursor"));
}
