using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Configuration;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Key rings from <c>Tenants:&lt;id&gt;:Encryption</c> (a file in Development, environment variables or a secret store
/// elsewhere), read and checked once: a region without keys, or with a malformed one, stops the application.
/// </summary>
public sealed class ConfigurationFieldKeyProvider : IFieldKeyProvider
{
    private readonly Dictionary<string, FieldKeyRing> _rings;

    /// <summary>Key ids starting with this are the published development keys of appsettings.Development.json.</summary>
    public const string DevelopmentKeyPrefix = "dev-";

    /// <param name="allowDevelopmentKeys">Only in Development: elsewhere a ring holding a <c>dev-</c> key is refused.</param>
    public ConfigurationFieldKeyProvider(IConfiguration configuration, ITenantStore tenants, bool allowDevelopmentKeys = false)
    {
        _rings = tenants.All.ToDictionary(
            t => t.Id,
            t => Load(t.Id, configuration.GetSection($"{ConfigurationTenantStore.SectionName}:{t.Id}:{FieldEncryptionSettings.SectionName}")),
            StringComparer.Ordinal);
        if (!allowDevelopmentKeys
            && _rings.Values.FirstOrDefault(r => r.KeyIds.Any(id => id.StartsWith(DevelopmentKeyPrefix, StringComparison.Ordinal)))
            is { } published)
        {
            throw new InvalidOperationException(
                $"Tenant '{published.TenantId}' uses the published development encryption keys outside Development. "
                + $"Configure keys of its own in 'Tenants:{published.TenantId}:Encryption'.");
        }
    }

    public IReadOnlyCollection<FieldKeyRing> All => _rings.Values;

    public FieldKeyRing For(string tenantId) =>
        _rings.TryGetValue(tenantId, out var ring)
            ? ring
            : throw new InvalidOperationException($"Tenant '{tenantId}' has no field-encryption keys.");

    private static FieldKeyRing Load(string tenantId, IConfigurationSection section)
    {
        var settings = section.Get<FieldEncryptionSettings>() ?? new FieldEncryptionSettings();
        var where = $"'{section.Path}'";
        if (settings.Keys.Count == 0 || string.IsNullOrWhiteSpace(settings.ActiveKeyId) || string.IsNullOrWhiteSpace(settings.BlindIndexKey))
        {
            throw new InvalidOperationException(
                $"Tenant '{tenantId}' has no field-encryption keys: set {where}:Keys:<keyId> (base64 of 32 bytes), "
                + $"{where}:ActiveKeyId and {where}:BlindIndexKey. Personal data is not stored without them.");
        }

        // A key set to an empty value is retired: environment variables cannot delete a key a settings file names.
        var keys = settings.Keys.Where(k => !string.IsNullOrWhiteSpace(k.Value))
            .ToDictionary(k => k.Key, k => Decode(tenantId, $"Keys:{k.Key}", k.Value), StringComparer.Ordinal);
        return new FieldKeyRing(tenantId, settings.ActiveKeyId, keys, Decode(tenantId, "BlindIndexKey", settings.BlindIndexKey));
    }

    private static byte[] Decode(string tenantId, string name, string value)
    {
        try
        {
            return Convert.FromBase64String(value.Trim());
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"Tenants:{tenantId}:Encryption:{name} is not valid base64.", exception);
        }
    }
}
