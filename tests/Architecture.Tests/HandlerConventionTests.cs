using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;
using CustomiseYou.Architecture.Tests.Fixtures.MisplacedHandlers;
using CustomiseYou.Architecture.Tests.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class HandlerConventionTests
{
    [Fact]
    public void Handlers_AreSealedAndNamedHandler()
    {
        var result = ArchitectureRules.HandlersAreSealedAndNamedHandler(ProductionAssemblies.AllTypes());

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void SealedAndNamedRule_FailsOnAnUnsealedOrMisnamedHandler()
    {
        var result = ArchitectureRules.HandlersAreSealedAndNamedHandler(
            FixtureTypes.ReflectedInNamespace(typeof(ThingQueryHandler).Namespace!));

        result.CheckedTypeCount.ShouldBe(3);
        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [typeof(ThingProcessor).FullName!, typeof(UnsealedThingHandler).FullName!], ignoreOrder: true);
    }

    [Fact]
    public void Handlers_LiveBesideTheirMessages()
    {
        var result = ArchitectureRules.HandlersLiveBesideTheirMessages(ProductionAssemblies.AllTypes());

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void BesideRule_FailsOnAHandlerOutsideItsMessageNamespace()
    {
        var result = ArchitectureRules.HandlersLiveBesideTheirMessages(
            FixtureTypes.ReflectedInNamespace(typeof(MisplacedThingQueryHandler).Namespace!));

        result.CheckedTypeCount.ShouldBe(2);
        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe([typeof(MisplacedThingQueryHandler).FullName!]);
    }
}
