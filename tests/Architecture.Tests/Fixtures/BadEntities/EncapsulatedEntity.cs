using CustomiseYou.Domain.Common;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadEntities;

/// <summary>Good: state changes only through a method; the rule must not flag it.</summary>
public sealed class EncapsulatedEntity(Guid id) : Entity<Guid>(id)
{
    public string Name { get; private set; } = "";

    public int Version { get; internal set; }

    public void Rename(string name) => Name = name;
}
