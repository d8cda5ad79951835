using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;

public sealed record ThingCommand(string Name) : ICommand<string>;
