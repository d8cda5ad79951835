using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Domain.ApiKeys;

namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>
/// The text form of an API key: <c>pk_live_</c> or <c>sk_live_</c>, a 12-character public id, <c>_</c>, then 32 random
/// bytes in base64url. Only the SHA-256 of the whole text is stored; lookups go by the public id.
/// </summary>
public sealed record ApiKeyToken(ApiKeyKind Kind, string PublicId, byte[] Hash)
{
    public const string PublishablePrefix = "pk_live_";
    public const string SecretPrefix = "sk_live_";
    private const int SecretBytes = 32;
    private const int MaxLength = 128;
    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string Prefix(ApiKeyKind kind) => kind == ApiKeyKind.Secret ? SecretPrefix : PublishablePrefix;

    /// <summary>A new key: its text (shown once) and the token to store.</summary>
    public static (string Text, ApiKeyToken Token) Generate(ApiKeyKind kind)
    {
        var publicId = RandomNumberGenerator.GetString(IdAlphabet, ApiKey.PublicIdLength);
        return WithSecret(kind, publicId);
    }

    /// <summary>A new secret for an existing public id (rotation).</summary>
    public static (string Text, ApiKeyToken Token) WithSecret(ApiKeyKind kind, string publicId)
    {
        var text = Prefix(kind) + publicId + "_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes));
        return (text, new ApiKeyToken(kind, publicId, Digest(text)));
    }

    public static bool TryParse(string? text, out ApiKeyToken token)
    {
        token = null!;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        ApiKeyKind kind;
        if (text.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            kind = ApiKeyKind.Secret;
        }
        else if (text.StartsWith(PublishablePrefix, StringComparison.Ordinal))
        {
            kind = ApiKeyKind.Publishable;
        }
        else
        {
            return false;
        }

        var rest = text.AsSpan(SecretPrefix.Length);
        if (rest.Length <= ApiKey.PublicIdLength + 1 || rest[ApiKey.PublicIdLength] != '_'
            || rest[..ApiKey.PublicIdLength].ContainsAnyExcept(IdAlphabet))
        {
            return false;
        }

        token = new ApiKeyToken(kind, rest[..ApiKey.PublicIdLength].ToString(), Digest(text));
        return true;
    }

    /// <summary>What a list may show of a key: its prefix and public id, never the secret.</summary>
    public static string Hint(ApiKeyKind kind, string publicId) => Prefix(kind) + publicId + "_…";

    private static byte[] Digest(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
