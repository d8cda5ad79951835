using System.Collections.Concurrent;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Persistence;

/// <summary>
/// Request scopes that resolve the context under both of its names (the context and the unit of work) while other
/// scopes open and close on other threads. A context returned to its pool twice is handed to two scopes at once:
/// the defect seen under load as "disposed context" and Npgsql reader errors.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ContextPoolConcurrencyTests(ApiFactory api)
{
    [Fact]
    public async Task No_two_live_scopes_ever_hold_the_same_pooled_context()
    {
        var tenant = api.Services.GetRequiredService<ITenantStore>().Find("europe")!;
        var inUse = new ConcurrentDictionary<AppDbContext, int>(ReferenceEqualityComparer.Instance);
        var shared = 0;

        async Task WorkerAsync()
        {
            for (var i = 0; i < 20_000; i++)
            {
                await using var scope = api.Services.CreateAsyncScope();
                using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant);
                var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                scope.ServiceProvider.GetRequiredService<IUnitOfWork>().ShouldNotBeNull();
                if (!inUse.TryAdd(context, 0))
                {
                    Interlocked.Increment(ref shared);
                }

                await Task.Yield();
                inUse.TryRemove(context, out var _);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(WorkerAsync)));

        shared.ShouldBe(0);
    }
}
