using CustomiseYou.Domain.Common;
using CustomiseYou.WebApi.Infrastructure;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that knows HTTP status codes through the web host.</summary>
public static class DomainTypeUsingWebApi
{
    public static int StatusOf(Error error) => ProblemFactory.StatusOf(error.Type);
}
