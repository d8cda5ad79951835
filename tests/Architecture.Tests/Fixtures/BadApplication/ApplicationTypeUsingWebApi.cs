using CustomiseYou.Domain.Common;
using CustomiseYou.WebApi.Infrastructure;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApplication;

/// <summary>Bad: a use case that picks HTTP status codes.</summary>
public static class ApplicationTypeUsingWebApi
{
    public static int StatusOf(Error error) => ProblemFactory.StatusOf(error.Type);
}
