using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Common;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>What a job's run sees: its tenant, its run id, and a way to send use cases as that tenant.</summary>
public sealed class TenantJobContext(IServiceScopeFactory scopes, Tenant tenant, Guid runId)
{
    public Tenant Tenant => tenant;

    /// <summary>The run's id in <c>job_runs</c>, for work that records which run did it.</summary>
    public Guid RunId => runId;

    /// <summary>
    /// Sends one command in a fresh scope bound to the tenant, so each command has its own DbContext and unit of
    /// work, exactly as one request would.
    /// </summary>
    public async Task<Result<T>> SendAsync<T>(ICommand<Result<T>> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var tenantScope = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }
}
