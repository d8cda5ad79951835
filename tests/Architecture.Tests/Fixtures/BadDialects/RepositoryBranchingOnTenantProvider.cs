using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDialects;

/// <summary>Bad: a branch on the tenant's configured provider.</summary>
public static class RepositoryBranchingOnTenantProvider
{
    public static bool FiltersInMemory(Tenant tenant) => tenant.Database.Provider == DatabaseProvider.Sqlite;
}
