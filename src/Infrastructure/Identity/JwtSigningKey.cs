using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CustomiseYou.Infrastructure.Identity;

/// <summary>The one key that signs and validates access tokens, resolved once at start-up.</summary>
public sealed class JwtSigningKey
{
    private const int MinimumBytes = 32;

    public JwtSigningKey(IOptions<JwtOptions> options)
    {
        var settings = options.Value;
        var encoded = settings.SigningKey;
        if (string.IsNullOrWhiteSpace(encoded))
        {
            encoded = settings.GenerateDevelopmentKey
                ? LoadOrCreateDevelopmentKey(settings.DevelopmentKeyFile)
                : throw new InvalidOperationException("Jwt:SigningKey is not configured. Set it to a base64 key of at least 32 bytes.");
        }

        var bytes = Convert.FromBase64String(encoded);
        if (bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"Jwt:SigningKey must be at least {MinimumBytes} bytes.");
        }

        Key = new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexString(SHA256.HashData(bytes))[..16] };
    }

    public SymmetricSecurityKey Key { get; }

    private static string LoadOrCreateDevelopmentKey(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        File.WriteAllText(path, key);
        return key;
    }
}
