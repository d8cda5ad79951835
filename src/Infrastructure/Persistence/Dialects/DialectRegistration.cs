using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>
/// The one place that picks an implementation by database provider (ADR 0035). Each concern that differs between
/// PostgreSQL and the embedded SQLite default registers its two implementations here once, at start-up, keyed by
/// provider; a scope gets the one for its tenant's database, so no repository or query asks which database it runs on.
/// </summary>
internal static class DialectRegistration
{
    public static IServiceCollection AddPerDatabase<TService, TPostgres, TSqlite>(this IServiceCollection services)
        where TService : class
        where TPostgres : class, TService
        where TSqlite : class, TService
    {
        services.AddKeyedScoped<TService, TPostgres>(DatabaseProvider.Postgres);
        services.AddKeyedScoped<TService, TSqlite>(DatabaseProvider.Sqlite);
        services.AddScoped(provider =>
            provider.GetRequiredKeyedService<TService>(provider.GetRequiredService<ConfigurationTenantStore>()
                .InfrastructureOf(provider.GetRequiredService<ITenantContext>().Tenant).Database.Provider));
        return services;
    }
}
