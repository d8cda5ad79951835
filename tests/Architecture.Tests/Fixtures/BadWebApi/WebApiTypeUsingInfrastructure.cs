using CustomiseYou.Infrastructure.Persistence;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadWebApi;

/// <summary>Bad: a web type outside the composition root that uses the DbContext.</summary>
public static class WebApiTypeUsingInfrastructure
{
    public static bool HasChanges(AppDbContext db) => db.ChangeTracker.HasChanges();
}
