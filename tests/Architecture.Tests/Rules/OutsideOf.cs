using Mono.Cecil;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests.Rules;

/// <summary>Selects types that are neither one of the given types nor nested inside one of them.</summary>
public sealed class OutsideOf(IEnumerable<Type> excluded) : ICustomRule
{
    private readonly HashSet<string> _excluded = excluded.Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);

    public bool MeetsRule(TypeDefinition type)
    {
        var outermost = type;
        while (outermost.DeclaringType is not null)
        {
            outermost = outermost.DeclaringType;
        }

        return !_excluded.Contains(outermost.FullName);
    }
}
