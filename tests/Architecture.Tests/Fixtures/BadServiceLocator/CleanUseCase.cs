using CustomiseYou.Application.Common.Abstractions;
using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadServiceLocator;

/// <summary>Good: the isolated run is an explicit port; the rule must not flag it.</summary>
public sealed class CleanUseCase(IIsolatedCommandRunner isolated)
{
    public Task<Unit> RunAsync(ICommand<Unit> step, CancellationToken cancellationToken) => isolated.RunAsync(step, cancellationToken);
}
