using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// One region's field-encryption keys: every data key it can still read (by id), the one new data is written under,
/// and the separate key of its blind indexes. Checked when built, so a bad configuration fails at start-up.
/// </summary>
public sealed partial class FieldKeyRing
{
    public const int KeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    public FieldKeyRing(string tenantId, string activeKeyId, IReadOnlyDictionary<string, byte[]> keys, byte[] blindIndexKey)
    {
        TenantId = tenantId;
        if (keys.Count == 0)
        {
            throw Invalid("has no data keys (Keys)");
        }

        foreach (var (id, key) in keys)
        {
            if (!KeyIdPattern().IsMatch(id))
            {
                throw Invalid($"has a key id '{id}' that is not lower-case kebab-case of at most 40 characters");
            }

            if (key.Length != KeyBytes)
            {
                throw Invalid($"has a key '{id}' of {key.Length} bytes; AES-256 keys are {KeyBytes} bytes (base64 of 32 random bytes)");
            }
        }

        if (!keys.ContainsKey(activeKeyId))
        {
            throw Invalid($"names an ActiveKeyId '{activeKeyId}' that is not among its Keys");
        }

        if (blindIndexKey.Length < KeyBytes)
        {
            throw Invalid($"has a BlindIndexKey of {blindIndexKey.Length} bytes; it needs at least {KeyBytes}");
        }

        if (keys.Values.Any(key => CryptographicOperations.FixedTimeEquals(key, blindIndexKey)))
        {
            throw Invalid("uses a data key as its BlindIndexKey; the blind index needs a key of its own");
        }

        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        ActiveKeyId = activeKeyId;
        BlindIndexKey = blindIndexKey.ToArray();
        Fingerprint = FingerprintOf(tenantId, activeKeyId, _keys, BlindIndexKey);
    }

    /// <summary>
    /// Equal for rings with the same tenant, keys and active key: a model bound to one ring serves another only then.
    /// A SHA-256 over 256-bit keys reveals nothing of them.
    /// </summary>
    public string Fingerprint { get; }

    public string TenantId { get; }

    /// <summary>New ciphertext is written under this key; the others stay readable until the re-encryption job has moved every row.</summary>
    public string ActiveKeyId { get; }

    internal byte[] ActiveKey => _keys[ActiveKeyId];

    internal byte[] BlindIndexKey { get; }

    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    internal bool TryGetKey(string id, out byte[] key) => _keys.TryGetValue(id, out key!);

    /// <summary>Lower-case kebab-case: it goes into ciphertext headers and into a SQL LIKE pattern, so no wildcard can appear.</summary>
    public static bool IsValidKeyId(string id) => KeyIdPattern().IsMatch(id);

    private static string FingerprintOf(string tenantId, string activeKeyId, Dictionary<string, byte[]> keys, byte[] blindIndexKey)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{tenantId}\n{activeKeyId}\n"));
        foreach (var (id, key) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(id + "\n"));
            hash.AppendData(key);
        }

        hash.AppendData(blindIndexKey);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private InvalidOperationException Invalid(string problem) =>
        new($"The field-encryption key ring of tenant '{TenantId}' {problem}. Fix 'Tenants:{TenantId}:Encryption'.");

    [GeneratedRegex("^(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyIdPattern();
}
