using Mono.Cecil;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests.Rules;

/// <summary>A predicate every type meets: turns <c>Types.InAssembly(a)</c> into a selection of all its types.</summary>
public sealed class AnyType : ICustomRule
{
    public static readonly AnyType Instance = new();

    private AnyType()
    {
    }

    public bool MeetsRule(TypeDefinition type) => true;
}
