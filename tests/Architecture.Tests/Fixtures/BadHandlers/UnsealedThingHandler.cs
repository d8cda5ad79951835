using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;

/// <summary>Bad: a handler that is not sealed.</summary>
public class UnsealedThingHandler : ICommandHandler<ThingCommand, string>
{
    public ValueTask<string> Handle(ThingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(command.Name);
}
