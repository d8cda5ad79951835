using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;

public sealed record ThingRequest(string Name) : IRequest<string>;
