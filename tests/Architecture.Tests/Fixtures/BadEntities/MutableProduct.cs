using CustomiseYou.Domain.Common;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadEntities;

/// <summary>Bad: an entity whose state anyone can overwrite.</summary>
public sealed class MutableProduct(Guid id) : Entity<Guid>(id)
{
    public string Name { get; set; } = "";
}
