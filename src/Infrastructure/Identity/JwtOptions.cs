namespace CustomiseYou.Infrastructure.Identity;

/// <summary>Bound from <c>Jwt</c>. The signing key never lives in a committed file.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "customiseyou";

    public string Audience { get; set; } = "customiseyou-api";

    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes (set through a secret store or environment variable).</summary>
    public string? SigningKey { get; set; }

    /// <summary>Development only: create a random key in <see cref="DevelopmentKeyFile"/> on first run when none is configured.</summary>
    public bool GenerateDevelopmentKey { get; set; }

    public string DevelopmentKeyFile { get; set; } = "data/jwt-signing.key";

    public int AccessTokenMinutes { get; set; } = 15;
}
