using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadValidators;
using CustomiseYou.Architecture.Tests.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class ValidatorConventionTests
{
    [Fact]
    public void Validators_are_sealed_and_named_validator()
    {
        var result = ArchitectureRules.ValidatorsAreSealedAndNamedValidator(ProductionAssemblies.AllTypes());

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_a_misnamed_or_unsealed_validator()
    {
        var result = ArchitectureRules.ValidatorsAreSealedAndNamedValidator(
            FixtureTypes.ReflectedInNamespace(typeof(ThingValidator).Namespace!));

        result.CheckedTypeCount.ShouldBe(3);
        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [typeof(ThingRules).FullName!, typeof(UnsealedThingValidator).FullName!], ignoreOrder: true);
    }
}
