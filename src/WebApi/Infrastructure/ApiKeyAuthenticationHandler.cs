using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.WebApi.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Authenticates <c>Authorization: ApiKey sk_live_…</c> as the key's owner, in the region the request names (a key
/// is found only in its own region's database). The principal carries the same claims a bearer token does (sub,
/// tenant, role) plus the key's id and scopes, so [Authorize], ICurrentUser and the tenant check work unchanged.
/// A key that does not open marks the request, and <see cref="ApiKeyMiddleware"/> answers 401.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ITenantResolver resolver,
    IApiKeyAccess access)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The policy scheme every request authenticates with: an API key when one is sent as Authorization, else a bearer token.</summary>
    public const string SelectorScheme = "BearerOrApiKey";

    public const string KeyIdClaim = "api_key";
    public const string KeyPublicIdClaim = "api_key_public_id";
    public const string ScopeClaim = "scope";
    public const string FailedItem = "api_key.failed";

    private const string AuthorizationPrefix = SchemeName + " ";

    public static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase)
            ? SchemeName
            : JwtBearerDefaults.AuthenticationScheme;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hints = new TenantHints(Request.Host.Host, Request.Headers[TenantResolutionMiddleware.TenantHeader].ToString(),
            Context.GetRouteValue("tenant") as string);
        var tenant = resolver.Resolve(hints);
        if (!tenant.IsSuccess)
        {
            return AuthenticateResult.NoResult(); // the tenant middleware answers 400 or 404
        }

        var grant = ApiKeyToken.TryParse(header[AuthorizationPrefix.Length..].Trim(), out var token) && token.Kind == ApiKeyKind.Secret
            ? await access.AuthenticateAsync(tenant.Value, token, Context.RequestAborted)
            : null;
        if (grant?.OwnerUserId is not { } owner)
        {
            Context.Items[FailedItem] = true;
            return AuthenticateResult.Fail("The API key is unknown in this region, revoked or expired.");
        }

        List<Claim> claims =
        [
            new(CurrentUser.SubjectClaim, owner.ToString()),
            new(TenantResolutionMiddleware.TenantClaim, tenant.Value.Id),
            new(KeyIdClaim, grant.Id.ToString()),
            new(KeyPublicIdClaim, grant.PublicId),
            .. grant.Roles.Select(role => new Claim(CurrentUser.RoleClaim, role)),
            .. grant.Scopes.Select(scope => new Claim(ScopeClaim, scope)),
        ];
        Context.Features.Set(new ApiKeyFeature(tenant.Value.Id, grant.Id, grant.PublicId, grant.Kind, grant.RateLimitPerMinute));
        var identity = new ClaimsIdentity(claims, SchemeName, CurrentUser.SubjectClaim, CurrentUser.RoleClaim);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = string.Create(CultureInfo.InvariantCulture, $"{SchemeName} realm=\"api\"");
        return Task.CompletedTask;
    }
}
