using CustomiseYou.Domain.Payments;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>Used by <c>dotnet ef migrations add</c>: migrations always target PostgreSQL; no server is contacted.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var database = new TenantDatabase { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=design_time" };
        var tenantContext = new TenantContext();
        tenantContext.Change(new Tenant
        {
            Id = "design-time",
            Name = "Design time",
            Currency = "EUR",
            TimeZone = "UTC",
            PaymentProvider = PaymentProvider.Stripe,
            PayoutSchedule = "0 0 6 ? * MON",
            Privacy = new PrivacyRules { Regime = PrivacyRegime.GDPR },
            Database = database,
        });
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTenantDatabase(database);
        return new AppDbContext(options.Options, tenantContext);
    }
}
