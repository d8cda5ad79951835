using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadAdapters.Queries;
using CustomiseYou.Architecture.Tests.Fixtures.BadAdapters.Repositories;
using CustomiseYou.Architecture.Tests.Fixtures.BadDialects;
using CustomiseYou.Architecture.Tests.Fixtures.BadInfrastructure;
using CustomiseYou.Architecture.Tests.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class InfrastructureLayerTests
{
    [Fact]
    public void Infrastructure_does_not_depend_on_web_api()
    {
        var result = ArchitectureRules.InfrastructureDoesNotDependOnWebApi(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.Infrastructure));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_an_infrastructure_type_that_uses_web_api()
    {
        var result = ArchitectureRules.InfrastructureDoesNotDependOnWebApi(
            FixtureTypes.InNamespace(typeof(CleanInfrastructureType).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe([typeof(InfrastructureTypeUsingWebApi).FullName!]);
    }

    [Fact]
    public void Infrastructure_asks_which_database_only_in_the_dialect_seam()
    {
        var result = ArchitectureRules.ProviderChecksStayInTheDialectSeam(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.Infrastructure).And().DoNotResideInNamespace(ArchitectureRules.DialectSeamNamespace));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_types_that_branch_on_the_database_provider()
    {
        var result = ArchitectureRules.ProviderChecksStayInTheDialectSeam(FixtureTypes.InNamespace(typeof(CleanRepository).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [
                typeof(QueryAskingIsNpgsqlAsync).FullName!,
                typeof(QueryComparingProviderName).FullName!,
                typeof(RepositoryAskingIsSqlite).FullName!,
                typeof(RepositoryBranchingOnTenantProvider).FullName!,
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Persistence_adapters_are_named_after_their_ports()
    {
        var types = ProductionAssemblies.Infrastructure.GetTypes();

        var result = ArchitectureRules.AdaptersAreNamedAfterTheirPorts(
            types.Where(t => t.Namespace == "CustomiseYou.Infrastructure.Persistence.Repositories"),
            types.Where(t => t.Namespace == "CustomiseYou.Infrastructure.Persistence.Queries"));

        result.CheckedTypeCount.ShouldBeGreaterThan(20);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Adapter_naming_rule_fails_on_adapters_named_otherwise()
    {
        var result = ArchitectureRules.AdaptersAreNamedAfterTheirPorts(
            FixtureTypes.ReflectedInNamespace(typeof(GiftRepository).Namespace!),
            FixtureTypes.ReflectedInNamespace(typeof(GiftQueries).Namespace!));

        result.FailingTypeNames.ShouldBe([typeof(GiftLookup).FullName!, typeof(WishlistStore).FullName!], ignoreOrder: true);
    }
}
