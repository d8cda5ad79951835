using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;

public sealed record ThingQuery(string Name) : IQuery<string>;
