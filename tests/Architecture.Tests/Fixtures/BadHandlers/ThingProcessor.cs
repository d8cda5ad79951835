using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;

/// <summary>Bad: a sealed request handler whose name does not end with "Handler".</summary>
public sealed class ThingProcessor : IRequestHandler<ThingRequest, string>
{
    public ValueTask<string> Handle(ThingRequest request, CancellationToken cancellationToken) => ValueTask.FromResult(request.Name);
}
