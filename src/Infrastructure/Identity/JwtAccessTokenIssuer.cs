using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomiseYou.Infrastructure.Identity;

internal sealed class JwtAccessTokenIssuer(JwtSigningKey key, IOptions<JwtOptions> options, ITenantContext tenant, TimeProvider clock)
    : IAccessTokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new();

    public AccessToken Issue(Guid userId, IEnumerable<string> roles, Guid sessionId)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = userId.ToString(),
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
                [ClaimNames.Tenant] = tenant.Tenant.Id,
                [ClaimNames.Session] = sessionId.ToString(),
                [ClaimNames.Role] = roles.ToArray(),
            },
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }
}

public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Session = "sid";
    public const string Role = "role";
}
