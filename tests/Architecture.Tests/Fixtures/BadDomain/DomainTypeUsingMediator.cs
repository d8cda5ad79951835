using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that sends messages through Mediator.</summary>
public static class DomainTypeUsingMediator
{
    public static ValueTask<TResponse> Ask<TResponse>(ISender sender, IQuery<TResponse> query) => sender.Send(query);
}
