using CustomiseYou.Infrastructure.Tenancy;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadEndpoints;

/// <summary>Bad: an endpoint helper that uses an Infrastructure class.</summary>
public static class EndpointUsingInfrastructure
{
    public static string? TenantOf(TenantContext context) => context.Current?.Id;
}
