using CustomiseYou.Application.Common.Abstractions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Infrastructure.Tenancy;

/// <summary>
/// A new DI scope per command, bound to the caller's tenant before anything tenant-bound (the DbContext) is resolved,
/// so the command gets its own context, its own transaction and its own commit.
/// </summary>
internal sealed class IsolatedCommandRunner(IServiceScopeFactory scopes, ITenantContext tenantContext) : IIsolatedCommandRunner
{
    public async Task<TResult> RunAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.Tenant;
        await using var scope = scopes.CreateAsyncScope();
        using var tenantScope = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }
}
