using CustomiseYou.Architecture.Tests.Fixtures.MisplacedHandlers.Messages;
using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.MisplacedHandlers;

/// <summary>Bad: sealed and well named, but not in the namespace of the query it handles.</summary>
public sealed class MisplacedThingQueryHandler : IQueryHandler<MisplacedThingQuery, string>
{
    public ValueTask<string> Handle(MisplacedThingQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(query.Name);
}
