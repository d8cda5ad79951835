using System.Buffers.Binary;
using System.Buffers.Text;

namespace CustomiseYou.Application.Sellers.Common;

/// <summary>
/// A position in a (createdAt, id) ordered list, handed to clients as an opaque base64url token so that they
/// cannot depend on what is inside.
/// </summary>
public readonly record struct SellerCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const int Size = sizeof(long) + 16;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Size];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[sizeof(long)..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string? token, out SellerCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return false;
        }

        // TryDecodeFromChars still throws on malformed input; IsValid checks first.
        Span<byte> bytes = stackalloc byte[Size];
        if (!Base64Url.IsValid(token, out var length) || length != Size || !Base64Url.TryDecodeFromChars(token, bytes, out _))
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new SellerCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[sizeof(long)..Size], bigEndian: true));
        return true;
    }
}
