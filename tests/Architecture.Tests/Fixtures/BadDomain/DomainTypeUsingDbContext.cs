using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that talks to EF Core.</summary>
public static class DomainTypeUsingDbContext
{
    public static bool HasChanges(DbContext db) => db.ChangeTracker.HasChanges();
}
