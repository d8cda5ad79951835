using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadEndpoints;
using CustomiseYou.Architecture.Tests.Fixtures.BadWebApi;
using CustomiseYou.Architecture.Tests.Rules;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class WebApiLayerTests
{
    [Fact]
    public void Only_the_composition_root_uses_infrastructure()
    {
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.WebApi), ProductionAssemblies.WebApiCompositionRoot);

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Composition_root_is_where_the_web_host_actually_wires_infrastructure()
    {
        // Guards the rule above against passing vacuously: without the exemption, exactly the composition root fails.
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.WebApi), []);

        result.FailingTypeNames.ShouldBe(
            [.. ProductionAssemblies.WebApiCompositionRoot.Select(t => t.FullName!)], ignoreOrder: true);
    }

    [Fact]
    public void Composition_root_rule_fails_on_a_web_type_that_uses_infrastructure_but_spares_the_composition_root()
    {
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            FixtureTypes.InNamespace(typeof(WebApiTypeUsingInfrastructure).Namespace!), [typeof(FixtureCompositionRoot)]);

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe([typeof(WebApiTypeUsingInfrastructure).FullName!]);
    }

    [Fact]
    public void Composition_root_rule_flags_the_composition_root_too_when_it_is_not_declared_as_such()
    {
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            FixtureTypes.InNamespace(typeof(WebApiTypeUsingInfrastructure).Namespace!), []);

        result.FailingTypeNames.ShouldContain(typeof(FixtureCompositionRoot).FullName!);
        result.FailingTypeNames.ShouldContain(typeof(WebApiTypeUsingInfrastructure).FullName!);
    }

    [Fact]
    public void Endpoints_do_not_reach_persistence()
    {
        var result = ArchitectureRules.EndpointsDoNotReachPersistence(
            Types.InAssembly(ProductionAssemblies.WebApi).That().ResideInNamespace("CustomiseYou.WebApi.Endpoints"));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Endpoint_rule_fails_on_endpoints_using_ef_core_infrastructure_or_repositories()
    {
        var result = ArchitectureRules.EndpointsDoNotReachPersistence(
            FixtureTypes.InNamespace(typeof(CleanEndpoint).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [
                typeof(EndpointUsingDbContext).FullName!,
                typeof(EndpointUsingInfrastructure).FullName!,
                typeof(EndpointUsingRepository).FullName!,
            ],
            ignoreOrder: true);
    }
}
