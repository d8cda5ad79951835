using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadHandlers;
using CustomiseYou.Architecture.Tests.Fixtures.MisplacedHandlers;
using CustomiseYou.Architecture.Tests.Fixtures.ProviderCalls;
using CustomiseYou.Architecture.Tests.Fixtures.ProviderCallsThroughGenerics;
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

    [Fact]
    public void Commands_declare_their_transaction_policy()
    {
        var result = ArchitectureRules.CommandsDeclareATransactionPolicy(ProductionAssemblies.AllTypes());

        result.CheckedTypeCount.ShouldBeGreaterThan(50);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void TransactionPolicyRule_FailsOnACommandThatDeclaresNone()
    {
        var result = ArchitectureRules.CommandsDeclareATransactionPolicy(FixtureTypes.ReflectedInNamespace(typeof(ThingCommand).Namespace!));

        result.CheckedTypeCount.ShouldBe(1);
        result.FailingTypeNames.ShouldBe([typeof(ThingCommand).FullName!]);
    }

    [Fact]
    public void Provider_calls_stay_outside_the_unit_of_works_transaction()
    {
        var result = ArchitectureRules.ProviderCallsStayOutsideTheUnitOfWork(ProductionAssemblies.AllTypes(), Providers);

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void ProviderCallRule_FailsOnAWrappedCommandThatReachesAProvider()
    {
        var result = ArchitectureRules.ProviderCallsStayOutsideTheUnitOfWork(
            FixtureTypes.ReflectedInNamespace(typeof(NotifyThingCommandHandler).Namespace!), [typeof(IThingProvider)]);

        result.CheckedTypeCount.ShouldBe(2);
        result.FailingTypeNames.ShouldBe([typeof(NotifyThingCommandHandler).FullName!]);
    }

    [Fact]
    public void ProviderCallRule_FollowsGenericArguments()
    {
        var result = ArchitectureRules.ProviderCallsStayOutsideTheUnitOfWork(
            FixtureTypes.ReflectedInNamespace(typeof(BroadcastThingCommandHandler).Namespace!), [typeof(IThingProvider)]);

        result.CheckedTypeCount.ShouldBe(1);
        result.FailingTypeNames.ShouldBe([typeof(BroadcastThingCommandHandler).FullName!]);
    }

    /// <summary>The Application's ports to external providers over HTTP.</summary>
    private static readonly Type[] Providers =
        [typeof(IPaymentGateways), typeof(IPaymentGateway), typeof(IEmailSender), typeof(ISmsSender), typeof(IExternalIdentityVerifier)];
}
