namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Where a region's field-encryption keys come from; never the database they protect. The default reads them from
/// configuration (<see cref="ConfigurationFieldKeyProvider"/>). A KMS-backed provider unwraps the region's data keys
/// once at start-up (envelope encryption: the KMS holds the key-encryption key, configuration the wrapped data keys)
/// and serves them from memory, since value converters run synchronously.
/// </summary>
public interface IFieldKeyProvider
{
    /// <summary>The key ring of <paramref name="tenantId"/>; throws for a tenant without one.</summary>
    FieldKeyRing For(string tenantId);

    /// <summary>Every configured tenant's ring, for the start-up check.</summary>
    IReadOnlyCollection<FieldKeyRing> All { get; }
}
