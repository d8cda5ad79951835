using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.MisplacedHandlers;

public sealed record BesideThingCommand(string Name) : ICommand<string>;
