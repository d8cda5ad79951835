using CustomiseYou.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadWebApi;

/// <summary>Allowed: stands for the composition root, which wires Infrastructure in; so does its nested type.</summary>
public static class FixtureCompositionRoot
{
    public static IServiceCollection Wire(IServiceCollection services, IConfiguration configuration) =>
        services.AddInfrastructure(configuration);

    public static class Nested
    {
        public static IServiceCollection Wire(IServiceCollection services, IConfiguration configuration) =>
            services.AddInfrastructure(configuration);
    }
}
