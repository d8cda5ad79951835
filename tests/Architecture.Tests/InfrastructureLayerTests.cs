using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadInfrastructure;
using CustomiseYou.Architecture.Tests.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class InfrastructureLayerTests
{
    [Fact]
    public void Infrastructure_DoesNotDependOnWebApi()
    {
        var result = ArchitectureRules.InfrastructureDoesNotDependOnWebApi(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.Infrastructure));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_FailsOnAnInfrastructureTypeThatUsesWebApi()
    {
        var result = ArchitectureRules.InfrastructureDoesNotDependOnWebApi(
            FixtureTypes.InNamespace(typeof(CleanInfrastructureType).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe([typeof(InfrastructureTypeUsingWebApi).FullName!]);
    }
}
