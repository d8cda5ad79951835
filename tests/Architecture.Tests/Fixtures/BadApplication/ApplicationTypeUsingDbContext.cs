using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApplication;

/// <summary>Bad: a use case that queries EF Core directly instead of a query service.</summary>
public static class ApplicationTypeUsingDbContext
{
    public static Task<bool> CanConnect(DbContext db, CancellationToken cancellationToken) =>
        db.Database.CanConnectAsync(cancellationToken);
}
