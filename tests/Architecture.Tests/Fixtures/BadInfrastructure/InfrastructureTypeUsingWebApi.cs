using CustomiseYou.WebApi.Infrastructure;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadInfrastructure;

/// <summary>Bad: an Infrastructure type that knows the web host's endpoint groups.</summary>
public static class InfrastructureTypeUsingWebApi
{
    public static bool IsEndpointGroup(object candidate) => candidate is IEndpointGroup;
}
