using Mediator;

namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>
/// Runs one command as a use case of its own for the current tenant: a fresh scope, the whole pipeline, its own unit of
/// work and commit. What it saves stands whatever the caller or the next command does, so a coordinating command
/// (<c>TransactionPolicy.Coordinates</c>) sends each step through here and one step's failure never undoes another's.
/// </summary>
public interface IIsolatedCommandRunner
{
    Task<TResult> RunAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken);
}
