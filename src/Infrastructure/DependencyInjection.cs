using CustomiseYou.Application.Categories;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Interceptors;
using CustomiseYou.Infrastructure.Persistence.Queries;
using CustomiseYou.Infrastructure.Persistence.Repositories;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomiseYou.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ITenantStore>(_ => ConfigurationTenantStore.Load(configuration));
        services.AddScoped<ITenantContext, TenantContext>();
        // Resolution order is part of the contract: host, then header, then route value.
        services.AddSingleton<ITenantResolutionStrategy, HostTenantResolutionStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, HeaderTenantResolutionStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, RouteTenantResolutionStrategy>();
        services.AddSingleton<ITenantResolver, TenantResolver>();

        services.AddSingleton<OutboxInterceptor>();
        services.AddSingleton<TenantStampingInterceptor>();
        services.AddDbContext<AppDbContext>((provider, options) => options
            .UseTenantDatabase(provider.GetRequiredService<ITenantContext>().Tenant.Database)
            // Outbox first, so the rows it adds are stamped with the tenant too.
            .AddInterceptors(provider.GetRequiredService<OutboxInterceptor>(), provider.GetRequiredService<TenantStampingInterceptor>()));
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<AppDbContext>());
        services.AddScoped<TenantDatabaseMigrator>();

        services.AddScoped<ICategoryRepository, CategoryRepository>();
        services.AddScoped<ICategoryQueries, CategoryQueries>();
        return services;
    }
}
