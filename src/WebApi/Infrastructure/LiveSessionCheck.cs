using System.Security.Claims;
using CustomiseYou.Application.Common.Abstractions;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Runs after a token's signature and lifetime are checked: a token must name its tenant, user and session, the
/// session must still be live and the account not erased. The roles the user holds now replace those in the token,
/// so a removed role stops working and a granted one works at once (ADR 0017). A failed check leaves the caller
/// anonymous: a 401 wherever signing in is needed.
/// </summary>
internal static class LiveSessionCheck
{
    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            context.Fail("The access token has no identity.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        var tenant = identity.FindFirst(TenantResolutionMiddleware.TenantClaim)?.Value is { Length: > 0 } tenantId
            ? services.GetRequiredService<ITenantStore>().Find(tenantId)
            : null;
        if (tenant is null
            || !Guid.TryParse(identity.FindFirst(CurrentUser.SubjectClaim)?.Value, out var userId)
            || !Guid.TryParse(identity.FindFirst(CurrentUser.SessionClaim)?.Value, out var sessionId))
        {
            context.Fail("The access token does not name a known region, a user and a session.");
            return;
        }

        var roles = await services.GetRequiredService<ISessionAccess>()
            .CurrentRolesAsync(tenant, userId, sessionId, context.HttpContext.RequestAborted);
        if (roles is null)
        {
            context.Fail("The session is signed out, or the account is erased.");
            return;
        }

        foreach (var stale in identity.FindAll(CurrentUser.RoleClaim).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaims(roles.Select(role => new Claim(CurrentUser.RoleClaim, role)));
    }
}
