using System.Reflection;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests.Fixtures;

/// <summary>Selects the deliberately bad types of one fixture namespace of this test assembly.</summary>
public static class FixtureTypes
{
    private static Assembly Assembly => typeof(FixtureTypes).Assembly;

    public static PredicateList InNamespace(string fixtureNamespace) =>
        Types.InAssembly(Assembly).That().ResideInNamespace(fixtureNamespace);

    public static IEnumerable<Type> ReflectedInNamespace(string fixtureNamespace) =>
        Assembly.GetTypes().Where(t => t.Namespace is { } ns
            && (ns == fixtureNamespace || ns.StartsWith(fixtureNamespace + ".", StringComparison.Ordinal)));
}
