using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.WebApi.Tenancy;

/// <summary>What a caller says about its tenant; read from an HTTP request, a message or a job's arguments.</summary>
public sealed record TenantHints(string? Host, string? Header, string? RouteValue);

/// <summary>Turns hints into exactly one tenant: ordered strategies, then the store. Missing is a validation error, unknown is not found.</summary>
public interface ITenantResolver
{
    /// <summary>The error code when no hint names a region (as opposed to naming an unknown one).</summary>
    const string MissingCode = "tenant.missing";

    Result<Tenant> Resolve(TenantHints hints);
}
