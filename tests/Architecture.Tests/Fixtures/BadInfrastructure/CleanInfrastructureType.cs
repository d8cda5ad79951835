using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadInfrastructure;

/// <summary>Good: EF Core is Infrastructure's business; the rule must not flag it.</summary>
public static class CleanInfrastructureType
{
    public static bool HasChanges(DbContext db) => db.ChangeTracker.HasChanges();
}
