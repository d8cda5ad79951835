using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadDomain;
using CustomiseYou.Architecture.Tests.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class DomainLayerTests
{
    [Fact]
    public void Domain_depends_on_nothing_outside_itself()
    {
        var result = ArchitectureRules.DomainHasNoOutwardDependencies(ProductionAssemblies.AllTypesOf(ProductionAssemblies.Domain));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_domain_types_with_forbidden_dependencies()
    {
        var result = ArchitectureRules.DomainHasNoOutwardDependencies(FixtureTypes.InNamespace(typeof(CleanDomainType).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [
                typeof(DomainTypeUsingApplication).FullName!,
                typeof(DomainTypeUsingAspNetCore).FullName!,
                typeof(DomainTypeUsingDbContext).FullName!,
                typeof(DomainTypeUsingFluentValidation).FullName!,
                typeof(DomainTypeUsingHttpClient).FullName!,
                typeof(DomainTypeUsingMediator).FullName!,
                typeof(DomainTypeUsingNpgsql).FullName!,
                typeof(DomainTypeUsingWebApi).FullName!,
            ],
            ignoreOrder: true);
    }
}
