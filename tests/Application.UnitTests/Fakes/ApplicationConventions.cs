using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Application.UnitTests.Fakes;

/// <summary>
/// Runs <see cref="DependencyInjection.AddApplication"/> once, which installs the global FluentValidation name
/// resolver, so validators report camelCase property names ("name", "parentId") as they do in the running API.
/// </summary>
internal static class ApplicationConventions
{
    private static readonly Lazy<IServiceCollection> Services = new(() => new ServiceCollection().AddApplication());

    public static void EnsureApplied() => _ = Services.Value;
}
