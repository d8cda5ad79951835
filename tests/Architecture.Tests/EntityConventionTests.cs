using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadEntities;
using CustomiseYou.Architecture.Tests.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class EntityConventionTests
{
    [Fact]
    public void Entities_have_no_public_setters()
    {
        var result = ArchitectureRules.EntitiesHaveNoPublicSetters(ProductionAssemblies.Domain.GetTypes());

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_entities_with_a_public_set_or_init()
    {
        var result = ArchitectureRules.EntitiesHaveNoPublicSetters(
            FixtureTypes.ReflectedInNamespace(typeof(EncapsulatedEntity).Namespace!));

        result.CheckedTypeCount.ShouldBe(3);
        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [typeof(InitOnlyOrder).FullName!, typeof(MutableProduct).FullName!], ignoreOrder: true);
    }
}
