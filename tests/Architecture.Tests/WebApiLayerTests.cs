using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadEndpoints;
using CustomiseYou.Architecture.Tests.Fixtures.BadWebApi;
using CustomiseYou.Architecture.Tests.Rules;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class WebApiLayerTests
{
    [Fact]
    public void OnlyTheCompositionRoot_UsesInfrastructure()
    {
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.WebApi), ProductionAssemblies.WebApiCompositionRoot);

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void CompositionRoot_IsWhereTheWebHostActuallyWiresInfrastructure()
    {
        // Guards the rule above against passing vacuously: without the exemption, exactly the composition root fails.
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.WebApi), []);

        result.FailingTypeNames.ShouldBe(
            [.. ProductionAssemblies.WebApiCompositionRoot.Select(t => t.FullName!)], ignoreOrder: true);
    }

    [Fact]
    public void CompositionRootRule_FailsOnAWebTypeThatUsesInfrastructure_ButSparesTheCompositionRoot()
    {
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            FixtureTypes.InNamespace(typeof(WebApiTypeUsingInfrastructure).Namespace!), [typeof(FixtureCompositionRoot)]);

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe([typeof(WebApiTypeUsingInfrastructure).FullName!]);
    }

    [Fact]
    public void CompositionRootRule_FlagsTheCompositionRootToo_WhenItIsNotDeclaredAsSuch()
    {
        var result = ArchitectureRules.OnlyTheCompositionRootUsesInfrastructure(
            FixtureTypes.InNamespace(typeof(WebApiTypeUsingInfrastructure).Namespace!), []);

        result.FailingTypeNames.ShouldContain(typeof(FixtureCompositionRoot).FullName!);
        result.FailingTypeNames.ShouldContain(typeof(WebApiTypeUsingInfrastructure).FullName!);
    }

    [Fact]
    public void Endpoints_DoNotReachPersistence()
    {
        var result = ArchitectureRules.EndpointsDoNotReachPersistence(
            Types.InAssembly(ProductionAssemblies.WebApi).That().ResideInNamespace("CustomiseYou.WebApi.Endpoints"));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void EndpointRule_FailsOnEndpointsUsingEfCoreInfrastructureOrRepositories()
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
