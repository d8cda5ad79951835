using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>Brings one tenant's database to the current schema (ADR 0003): migrations on PostgreSQL, the model on SQLite.</summary>
internal interface ISchemaDialect
{
    Task PrepareAsync(AppDbContext db, Tenant tenant, CancellationToken cancellationToken);
}
