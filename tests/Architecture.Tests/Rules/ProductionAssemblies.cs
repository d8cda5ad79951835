using System.Reflection;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests.Rules;

/// <summary>The shipped layers, located through one well-known type each. None of them holds a test fixture.</summary>
public static class ProductionAssemblies
{
    public static Assembly Domain => typeof(Domain.Common.Money).Assembly;

    public static Assembly Application => typeof(Application.DependencyInjection).Assembly;

    public static Assembly Infrastructure => typeof(Infrastructure.DependencyInjection).Assembly;

    public static Assembly WebApi => typeof(WebApi.DependencyInjection).Assembly;

    public static IReadOnlyList<Assembly> All => [Domain, Application, Infrastructure, WebApi];

    /// <summary>The C# client of the API (src/ApiClient): not a layer of the API, so not in <see cref="All"/>.</summary>
    public static Assembly ApiClient => typeof(ApiClient.CustomiseYouApiClient).Assembly;

    /// <summary>The web host's composition root: the only place allowed to wire Infrastructure in.</summary>
    public static IReadOnlyList<Type> WebApiCompositionRoot => [typeof(Program), typeof(WebApi.DependencyInjection)];

    /// <summary>Every type of the assembly, as a NetArchTest selection.</summary>
    public static PredicateList AllTypesOf(Assembly assembly) => Types.InAssembly(assembly).That().MeetCustomRule(AnyType.Instance);

    /// <summary>Every type of every layer, for the reflection-based conventions.</summary>
    public static IEnumerable<Type> AllTypes() => All.SelectMany(a => a.GetTypes());
}
