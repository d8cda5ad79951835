using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.MisplacedHandlers;

/// <summary>Good: lives beside its command; the rule must not flag it.</summary>
public sealed class BesideThingCommandHandler : ICommandHandler<BesideThingCommand, string>
{
    public ValueTask<string> Handle(BesideThingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(command.Name);
}
