namespace CustomiseYou.Architecture.Tests.Fixtures.BadServiceLocator;

/// <summary>Bad: a use case handed the container, asking it for what it needs.</summary>
public sealed class UseCaseResolvingFromProvider(IServiceProvider services)
{
    public object? Clock() => services.GetService(typeof(TimeProvider));
}
