using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadApplication;
using CustomiseYou.Architecture.Tests.Fixtures.BadServiceLocator;
using CustomiseYou.Architecture.Tests.Rules;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests;

public sealed class ApplicationLayerTests
{
    [Fact]
    public void Application_has_no_infrastructure_concerns()
    {
        var result = ArchitectureRules.ApplicationHasNoInfrastructureConcerns(
            ProductionAssemblies.AllTypesOf(ProductionAssemblies.Application));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_application_types_with_forbidden_dependencies()
    {
        var result = ArchitectureRules.ApplicationHasNoInfrastructureConcerns(
            FixtureTypes.InNamespace(typeof(CleanApplicationType).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [
                typeof(ApplicationTypeUsingAspNetCore).FullName!,
                typeof(ApplicationTypeUsingDbContext).FullName!,
                typeof(ApplicationTypeUsingHttpClient).FullName!,
                typeof(ApplicationTypeUsingInfrastructure).FullName!,
                typeof(ApplicationTypeUsingNpgsql).FullName!,
                typeof(ApplicationTypeUsingWebApi).FullName!,
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Application_uses_no_service_locator()
    {
        // Its DependencyInjection (AddApplication) is the layer's composition root; the rest are use cases and their services.
        var result = ArchitectureRules.ApplicationUsesNoServiceLocator(
            Types.InAssembly(ProductionAssemblies.Application).That().ResideInNamespace("CustomiseYou.Application")
                .And().MeetCustomRule(new OutsideOf([typeof(Application.DependencyInjection)])));

        result.CheckedTypeCount.ShouldBeGreaterThan(0);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_use_cases_that_resolve_services_themselves()
    {
        var result = ArchitectureRules.ApplicationUsesNoServiceLocator(FixtureTypes.InNamespace(typeof(CleanUseCase).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [typeof(UseCaseCreatingScopes).FullName!, typeof(UseCaseResolvingFromProvider).FullName!], ignoreOrder: true);
    }
}
