using CustomiseYou.Domain.Common;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadEntities;

/// <summary>Bad: an aggregate with a public init accessor, settable by any object initialiser.</summary>
public sealed class InitOnlyOrder(Guid id) : AggregateRoot<Guid>(id)
{
    public decimal Total { get; init; }
}
