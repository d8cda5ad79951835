using System.Security.Cryptography;
using System.Text;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Blind indexes: HMAC-SHA256 under the region's own blind-index key, as lower-case hex. Equal values give equal
/// indexes, so an encrypted column can still be looked up by equality, while the database never holds a key that
/// could turn an index back into a value or test a guess.
/// </summary>
public sealed class BlindIndexer(FieldKeyRing ring)
{
    /// <summary>Characters of an index (64 hex digits).</summary>
    public const int Length = 64;

    /// <summary>The index of <paramref name="value"/> exactly as given: callers pass the normalised form they store.</summary>
    public string Compute(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(ring.BlindIndexKey, Encoding.UTF8.GetBytes(value)));
}
