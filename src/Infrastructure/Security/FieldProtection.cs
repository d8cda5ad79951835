using System.Collections.Concurrent;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>What one region's data is protected with: its cipher and its blind indexer.</summary>
public sealed class FieldProtection(FieldKeyRing ring)
{
    public string TenantId => ring.TenantId;

    public FieldCipher Cipher { get; } = new(ring);

    public BlindIndexer BlindIndex { get; } = new(ring);
}

/// <summary>One <see cref="FieldProtection"/> per region, built from the key provider on first use and kept.</summary>
public sealed class FieldProtections(IFieldKeyProvider keys)
{
    private readonly ConcurrentDictionary<string, FieldProtection> _byTenant = new(StringComparer.Ordinal);

    public FieldProtection For(string tenantId) => _byTenant.GetOrAdd(tenantId, id => new FieldProtection(keys.For(id)));
}
