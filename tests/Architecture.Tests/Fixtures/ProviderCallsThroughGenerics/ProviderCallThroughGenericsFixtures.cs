using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Architecture.Tests.Fixtures.ProviderCalls;
using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.ProviderCallsThroughGenerics;

[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record BroadcastThingCommand(string Name) : ICommand<string>;

/// <summary>Bad: reaches every registered provider through an enumerable, inside the transaction.</summary>
public sealed class BroadcastThingCommandHandler(IEnumerable<IThingProvider> providers) : ICommandHandler<BroadcastThingCommand, string>
{
    public async ValueTask<string> Handle(BroadcastThingCommand command, CancellationToken cancellationToken)
    {
        foreach (var provider in providers)
        {
            await provider.SendAsync(command.Name);
        }

        return command.Name;
    }
}
