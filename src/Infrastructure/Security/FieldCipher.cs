using System.Security.Cryptography;
using System.Text;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// AES-256-GCM envelopes under a region's key ring. Text: <c>enc:v1:&lt;keyId&gt;:&lt;base64(nonce | ciphertext | tag)&gt;</c>;
/// files: the bytes <c>CYE1</c>, the key id's length and the key id, then nonce, tag and ciphertext. The header is
/// the associated data, so neither the key id nor the version can be changed without the tag failing. A fresh
/// random 96-bit nonce per value: equal plaintexts give different ciphertexts.
/// </summary>
public sealed class FieldCipher(FieldKeyRing ring)
{
    public const string TextPrefix = "enc:v1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] FileMagic = "CYE1"u8.ToArray();

    public FieldKeyRing Ring => ring;

    /// <summary>Whether <paramref name="stored"/> is a text envelope (any key); anything else is legacy plaintext.</summary>
    public static bool IsEnvelope(string stored) => stored.StartsWith(TextPrefix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="content"/> starts like a file envelope.</summary>
    public static bool IsEnvelope(ReadOnlySpan<byte> content) => content.StartsWith(FileMagic);

    /// <summary>The text header of the active key; a value starting with it needs no re-encryption.</summary>
    public string ActivePrefix => $"{TextPrefix}{ring.ActiveKeyId}:";

    public bool IsCurrent(string stored) => stored.StartsWith(ActivePrefix, StringComparison.Ordinal);

    public string Encrypt(string plaintext)
    {
        var header = ActivePrefix;
        var sealedBytes = Seal(ring.ActiveKey, Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(plaintext), out var nonce, out var tag);
        var payload = new byte[NonceBytes + sealedBytes.Length + TagBytes];
        nonce.CopyTo(payload, 0);
        sealedBytes.CopyTo(payload, NonceBytes);
        tag.CopyTo(payload, NonceBytes + sealedBytes.Length);
        return header + Convert.ToBase64String(payload);
    }

    public string Decrypt(string stored)
    {
        if (!IsEnvelope(stored))
        {
            throw new FieldEncryptionException("The value is not a field-encryption envelope.");
        }

        var separator = stored.IndexOf(':', TextPrefix.Length);
        if (separator < 0)
        {
            throw new FieldEncryptionException("The envelope has no key id.");
        }

        var keyId = stored[TextPrefix.Length..separator];
        var key = KeyFor(keyId);
        byte[] payload;
        try
        {
            payload = Convert.FromBase64String(stored[(separator + 1)..]);
        }
        catch (FormatException exception)
        {
            throw new FieldEncryptionException("The envelope's payload is not base64: it was altered.", exception);
        }

        if (payload.Length < NonceBytes + TagBytes)
        {
            throw new FieldEncryptionException("The envelope is too short: it was altered.");
        }

        var header = Encoding.UTF8.GetBytes(stored[..(separator + 1)]);
        var plaintext = Open(
            key,
            keyId,
            header,
            payload.AsSpan(0, NonceBytes),
            payload.AsSpan(NonceBytes, payload.Length - NonceBytes - TagBytes),
            payload.AsSpan(^TagBytes));
        return Encoding.UTF8.GetString(plaintext);
    }

    public byte[] Encrypt(ReadOnlySpan<byte> content)
    {
        var header = FileHeader(ring.ActiveKeyId);
        var sealedBytes = Seal(ring.ActiveKey, header, content, out var nonce, out var tag);
        var result = new byte[header.Length + NonceBytes + TagBytes + sealedBytes.Length];
        header.CopyTo(result, 0);
        nonce.CopyTo(result, header.Length);
        tag.CopyTo(result, header.Length + NonceBytes);
        sealedBytes.CopyTo(result, header.Length + NonceBytes + TagBytes);
        return result;
    }

    public byte[] Decrypt(ReadOnlySpan<byte> content)
    {
        if (!IsEnvelope(content) || content.Length < FileMagic.Length + 1)
        {
            throw new FieldEncryptionException("The file is not a field-encryption envelope.");
        }

        var headerLength = FileMagic.Length + 1 + content[FileMagic.Length];
        if (content.Length < headerLength + NonceBytes + TagBytes)
        {
            throw new FieldEncryptionException("The file envelope is too short: it was altered.");
        }

        var keyId = Encoding.ASCII.GetString(content[(FileMagic.Length + 1)..headerLength]);
        var body = content[headerLength..];
        return Open(
            KeyFor(keyId),
            keyId,
            content[..headerLength],
            body[..NonceBytes],
            body[(NonceBytes + TagBytes)..],
            body[NonceBytes..(NonceBytes + TagBytes)]);
    }

    /// <summary>The key id a file envelope was written under.</summary>
    public static string FileKeyId(ReadOnlySpan<byte> content) =>
        IsEnvelope(content) && content.Length > FileMagic.Length && content.Length >= FileMagic.Length + 1 + content[FileMagic.Length]
            ? Encoding.ASCII.GetString(content.Slice(FileMagic.Length + 1, content[FileMagic.Length]))
            : throw new FieldEncryptionException("The file is not a field-encryption envelope.");

    private byte[] KeyFor(string keyId) =>
        ring.TryGetKey(keyId, out var key)
            ? key
            : throw new FieldEncryptionException(
                $"No key '{keyId}' in the field-encryption key ring of tenant '{ring.TenantId}': it was removed while data still used it, "
                + "or the data belongs to another region.");

    private static byte[] FileHeader(string keyId)
    {
        var id = Encoding.ASCII.GetBytes(keyId);
        var header = new byte[FileMagic.Length + 1 + id.Length];
        FileMagic.CopyTo(header, 0);
        header[FileMagic.Length] = checked((byte)id.Length);
        id.CopyTo(header, FileMagic.Length + 1);
        return header;
    }

    private static byte[] Seal(byte[] key, ReadOnlySpan<byte> header, ReadOnlySpan<byte> plaintext, out byte[] nonce, out byte[] tag)
    {
        nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        tag = new byte[TagBytes];
        var ciphertext = new byte[plaintext.Length];
        // AesGcm instances are not safe to share between threads; one per value costs a key schedule, microseconds.
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, header);
        return ciphertext;
    }

    private byte[] Open(
        byte[] key, string keyId, ReadOnlySpan<byte> header, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag)
    {
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, header);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new FieldEncryptionException(
                $"A value under key '{keyId}' of tenant '{ring.TenantId}' failed authentication: it was altered, or sealed by another region.",
                exception);
        }
    }
}
