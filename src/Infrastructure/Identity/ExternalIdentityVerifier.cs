using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomiseYou.Infrastructure.Identity;

/// <summary>
/// Validates Google and Apple id tokens: signature against the provider's JWKS (URL per region), issuer,
/// audience (the region's client ids), expiry, and the nonce when the client sent one.
/// </summary>
internal sealed partial class ExternalIdentityVerifier(
    ITenantContext tenant, ConfigurationTenantStore tenants, JwksCache jwks, ILogger<ExternalIdentityVerifier> logger)
    : IExternalIdentityVerifier
{
    private static readonly JsonWebTokenHandler Handler = new();

    private static readonly Error Invalid = new("auth.external_token_invalid", "The sign-in token could not be verified.", ErrorType.Unauthorized);

    public async Task<Result<ExternalIdentity>> VerifyAsync(
        ExternalProvider provider, string idToken, string? nonce, CancellationToken cancellationToken)
    {
        var signIn = tenants.InfrastructureOf(tenant.Tenant).ExternalSignIn;
        var settings = provider == ExternalProvider.Google ? signIn.Google : signIn.Apple;
        if (settings.ClientIds.Count == 0)
        {
            return Error.Rule("auth.provider_disabled", $"Sign-in with {provider} is not enabled in this region.");
        }

        var result = await ValidateAsync(settings, idToken, refreshKeys: false, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since we cached them.
            result = await ValidateAsync(settings, idToken, refreshKeys: true, cancellationToken);
        }

        if (!result.IsValid)
        {
            LogRejected(provider, result.Exception?.GetType().Name ?? "unknown");
            return Invalid;
        }

        var claims = result.Claims;
        if (nonce is not null && (!claims.TryGetValue("nonce", out var tokenNonce) || tokenNonce?.ToString() != nonce))
        {
            LogRejected(provider, "nonce mismatch");
            return Invalid;
        }

        return new ExternalIdentity(
            provider,
            claims[JwtRegisteredClaimNames.Sub].ToString()!,
            claims.TryGetValue("email", out var email) ? email?.ToString() : null,
            claims.TryGetValue("email_verified", out var verified) && IsTrue(verified),
            claims.TryGetValue("name", out var name) ? name?.ToString() : null);
    }

    private async Task<TokenValidationResult> ValidateAsync(
        ExternalProviderSettings settings, string idToken, bool refreshKeys, CancellationToken cancellationToken)
    {
        var keys = await jwks.GetKeysAsync(settings.JwksUri, refreshKeys, cancellationToken);
        return await Handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuers = settings.Issuers,
            ValidAudiences = settings.ClientIds,
            IssuerSigningKeys = keys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        });
    }

    /// <summary>Google sends <c>email_verified</c> as a boolean, Apple sometimes as the string "true".</summary>
    private static bool IsTrue(object? value) => value switch
    {
        bool flag => flag,
        string text => bool.TryParse(text, out var parsed) && parsed,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.String } element => bool.TryParse(element.GetString(), out var parsed) && parsed,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a {Provider} id token: {Reason}")]
    private partial void LogRejected(ExternalProvider provider, string reason);
}
