using System.Security.Claims;
using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.WebApi.Infrastructure;

internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirst(SubjectClaim)?.Value : null;

    public bool IsInRole(string role) => IsAuthenticated && Principal!.HasClaim(RoleClaim, role);
}
