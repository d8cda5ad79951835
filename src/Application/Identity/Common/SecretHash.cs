using System.Security.Cryptography;
using System.Text;

namespace CustomiseYou.Application.Identity.Common;

/// <summary>
/// SHA-256 for high-entropy or short-lived secrets (refresh tokens, one-time codes). Passwords use
/// <see cref="IPasswordHasher"/> instead: they need a slow hash.
/// </summary>
public static class SecretHash
{
    public static string Of(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A 256-bit random token, URL-safe.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewSixDigitCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
