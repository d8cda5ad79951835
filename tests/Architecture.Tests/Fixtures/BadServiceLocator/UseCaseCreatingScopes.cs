using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadServiceLocator;

/// <summary>Bad: a use case that creates its own scopes and resolves the sender from them.</summary>
public sealed class UseCaseCreatingScopes(IServiceScopeFactory scopes)
{
    public async Task<Unit> RunAsync(ICommand<Unit> step, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(step, cancellationToken);
    }
}
