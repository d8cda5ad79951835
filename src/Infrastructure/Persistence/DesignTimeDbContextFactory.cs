using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>Used by <c>dotnet ef migrations add</c>: migrations always target PostgreSQL; no server is contacted.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTenantDatabase(DatabaseProviderSetup.MigrationsTarget);
        var context = new AppDbContext(options.Options);
        context.BindTenant("design-time");
        return context;
    }
}
