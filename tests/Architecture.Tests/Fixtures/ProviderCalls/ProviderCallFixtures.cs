using CustomiseYou.Application.Common.Behaviours;
using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.ProviderCalls;

/// <summary>Stands in for an external provider's client.</summary>
public interface IThingProvider
{
    Task SendAsync(string name);
}

/// <summary>A helper between a handler and the provider: the rule follows it.</summary>
public sealed class ThingNotifier(IThingProvider provider)
{
    public Task NotifyAsync(string name) => provider.SendAsync(name);
}

[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record NotifyThingCommand(string Name) : ICommand<string>;

/// <summary>Bad: its command is wrapped in the transaction, and it reaches the provider through a helper.</summary>
public sealed class NotifyThingCommandHandler(ThingNotifier notifier) : ICommandHandler<NotifyThingCommand, string>
{
    public async ValueTask<string> Handle(NotifyThingCommand command, CancellationToken cancellationToken)
    {
        await notifier.NotifyAsync(command.Name);
        return command.Name;
    }
}

[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record NotifyThingOnItsOwnCommand(string Name) : ICommand<string>;

/// <summary>Good: the same call, for a command that commits itself.</summary>
public sealed class NotifyThingOnItsOwnCommandHandler(ThingNotifier notifier) : ICommandHandler<NotifyThingOnItsOwnCommand, string>
{
    public async ValueTask<string> Handle(NotifyThingOnItsOwnCommand command, CancellationToken cancellationToken)
    {
        await notifier.NotifyAsync(command.Name);
        return command.Name;
    }
}

[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RenameThingCommand(string Name) : ICommand<string>;

/// <summary>Good: wrapped in the transaction, and calls no provider.</summary>
public sealed class RenameThingCommandHandler : ICommandHandler<RenameThingCommand, string>
{
    public ValueTask<string> Handle(RenameThingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(command.Name);
}
