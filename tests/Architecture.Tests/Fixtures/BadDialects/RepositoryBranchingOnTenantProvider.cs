using CustomiseYou.Infrastructure.Persistence.Dialects;
using CustomiseYou.Infrastructure.Tenancy;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDialects;

/// <summary>Bad: a branch on the tenant's configured provider.</summary>
public static class RepositoryBranchingOnTenantProvider
{
    public static bool FiltersInMemory(TenantInfrastructure tenant) => tenant.Database.Provider == DatabaseProvider.Sqlite;
}
