using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// TEMPORARY, until the identity issue lands JWT sign-in (see README and ADR 0004): in Development and in tests only,
/// a caller names itself with <c>X-Dev-User</c> and its roles with <c>X-Dev-Roles</c>. Never enabled by default.
/// </summary>
internal sealed class DevelopmentHeaderAuthenticationHandler(
    IOptionsMonitor<DevelopmentHeaderOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<DevelopmentHeaderOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentHeader";
    public const string UserHeader = "X-Dev-User";
    public const string RolesHeader = "X-Dev-Roles";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers[UserHeader].ToString();
        if (!Options.Enabled || string.IsNullOrWhiteSpace(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(CurrentUser.SubjectClaim, user.Trim()) };
        claims.AddRange(Request.Headers[RolesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(role => new Claim(CurrentUser.RoleClaim, role)));
        var identity = new ClaimsIdentity(claims, SchemeName, CurrentUser.SubjectClaim, CurrentUser.RoleClaim);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

/// <summary>Bound from <c>Authentication:DevelopmentHeader</c>; <see cref="Enabled"/> is false unless configuration says otherwise.</summary>
internal sealed class DevelopmentHeaderOptions : AuthenticationSchemeOptions
{
    public bool Enabled { get; set; }
}
