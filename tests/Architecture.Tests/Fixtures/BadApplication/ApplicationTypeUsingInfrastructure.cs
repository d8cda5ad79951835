using CustomiseYou.Infrastructure.Tenancy;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApplication;

/// <summary>Bad: a use case that uses an Infrastructure implementation instead of its abstraction.</summary>
public static class ApplicationTypeUsingInfrastructure
{
    public static string? TenantOf(TenantContext context) => context.Current?.Id;
}
