using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;

/// <summary>Good: sealed, named "...Handler", beside its query; the rules must not flag it.</summary>
public sealed class ThingQueryHandler : IQueryHandler<ThingQuery, string>
{
    public ValueTask<string> Handle(ThingQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(query.Name);
}
