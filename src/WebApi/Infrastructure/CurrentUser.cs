using System.Net;
using System.Security.Claims;
using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// The caller as authenticated by the JWT bearer handler (claims kept as issued: sub, role, sid, tenant) or by a secret
/// API key (sub, role, tenant, the key's id and scopes; no session).
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser, IClientInfo
{
    public const string SubjectClaim = "sub";
    public const string SessionClaim = "sid";
    public const string RoleClaim = "role";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => GuidClaim(SubjectClaim);

    public Guid? SessionId => GuidClaim(SessionClaim);

    public bool IsInRole(string role) => IsAuthenticated && Principal!.HasClaim(RoleClaim, role);

    public ApiKeyCaller? ApiKey =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value, out var id)
            ? new ApiKeyCaller(id, Principal.FindFirst(ApiKeyAuthenticationHandler.KeyPublicIdClaim)?.Value ?? "",
                [.. Principal.FindAll(ApiKeyAuthenticationHandler.ScopeClaim).Select(c => c.Value)])
            : null;

    public string? IpAddress => Mask(accessor.HttpContext?.Connection.RemoteIpAddress);

    public string? UserAgent => accessor.HttpContext?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null;

    public string? AcceptLanguage =>
        accessor.HttpContext?.Request.Headers.AcceptLanguage.ToString() is { Length: > 0 } languages ? languages : null;

    private Guid? GuidClaim(string type) =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirst(type)?.Value, out var value) ? value : null;

    /// <summary>Keeps the network, drops the host: IPv4 /24, IPv6 /48.</summary>
    private static string? Mask(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var keep = bytes.Length == 4 ? 3 : 6;
        for (var i = keep; i < bytes.Length; i++)
        {
            bytes[i] = 0;
        }

        return new IPAddress(bytes) + (bytes.Length == 4 ? "/24" : "/48");
    }
}
