using CustomiseYou.Application.Common.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>Used by <c>dotnet ef migrations add</c>: migrations always target PostgreSQL; no server is contacted.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var database = new TenantDatabase { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=design_time" };
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTenantDatabase(database);
        var context = new AppDbContext(options.Options);
        context.BindTenant("design-time");
        return context;
    }
}
