using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Identity.Common;

/// <summary>A slow, salted, versioned password hash (PBKDF2 via ASP.NET Core Identity in production).</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);
}

public sealed record AccessToken(string Token, int ExpiresInSeconds);

/// <summary>Signs short-lived access tokens with the claims sub, tenant, role and sid.</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(Guid userId, IEnumerable<string> roles, Guid sessionId);
}

public enum ExternalProvider
{
    Google,
    Apple,
}

public sealed record ExternalIdentity(ExternalProvider Provider, string Subject, string? Email, bool EmailVerified, string? Name);

/// <summary>Validates a Google or Apple id token against the provider's published keys, issuer, audience and expiry.</summary>
public interface IExternalIdentityVerifier
{
    Task<Result<ExternalIdentity>> VerifyAsync(ExternalProvider provider, string idToken, string? nonce, CancellationToken cancellationToken);
}
