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
    public void Handlers_are_sealed_and_named_handler()
    {
        var result = ArchitectureRules.HandlersAreSealedAndNamedHandler(ProductionAssemblies.AllTypes());

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Sealed_and_named_rule_fails_on_an_unsealed_or_misnamed_handler()
    {
        var result = ArchitectureRules.HandlersAreSealedAndNamedHandler(
            FixtureTypes.ReflectedInNamespace(typeof(ThingQueryHandler).Namespace!));

        result.CheckedTypeCount.ShouldBe(3);
        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [typeof(ThingProcessor).FullName!, typeof(UnsealedThingHandler).FullName!], ignoreOrder: true);
    }

    [Fact]
    public void Handlers_live_beside_their_messages()
    {
        var result = ArchitectureRules.HandlersLiveBesideTheirMessages(ProductionAssemblies.AllTypes());

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Beside_rule_fails_on_a_handler_outside_its_message_namespace()
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
    public void Transaction_policy_rule_fails_on_a_command_that_declares_none()
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
    public void Provider_call_rule_fails_on_a_wrapped_command_that_reaches_a_provider()
    {
        var result = ArchitectureRules.ProviderCallsStayOutsideTheUnitOfWork(
            FixtureTypes.ReflectedInNamespace(typeof(NotifyThingCommandHandler).Namespace!), [typeof(IThingProvider)]);

        result.CheckedTypeCount.ShouldBe(2);
        result.FailingTypeNames.ShouldBe([typeof(NotifyThingCommandHandler).FullName!]);
    }

    [Fact]
    public void Provider_call_rule_follows_generic_arguments()
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
