using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.MisplacedHandlers.Messages;

public sealed record MisplacedThingQuery(string Name) : IQuery<string>;
