using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>
/// The field-encryption keys of the test hosts: derived from the region and key id, so every host of a run (and the
/// `migrate` process a test starts) reads what another wrote, and every region has keys of its own.
/// </summary>
public static class TestFieldKeys
{
    public const string ActiveKeyId = "test-1";

    public static byte[] Key(string tenant, string keyId) => SHA256.HashData(Encoding.UTF8.GetBytes($"customiseyou-tests/{tenant}/{keyId}"));

    public static byte[] BlindIndexKey(string tenant) => SHA256.HashData(Encoding.UTF8.GetBytes($"customiseyou-tests/{tenant}/blind-index"));

    /// <summary>The settings of <paramref name="tenant"/>'s ring, keys <paramref name="keyIds"/> (default: the one test key), active <paramref name="active"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(string tenant, string active = ActiveKeyId, params string[] keyIds)
    {
        var section = $"Tenants:{tenant}:Encryption";
        foreach (var id in keyIds.Length == 0 ? [ActiveKeyId] : keyIds)
        {
            yield return new($"{section}:Keys:{id}", Convert.ToBase64String(Key(tenant, id)));
        }

        yield return new($"{section}:ActiveKeyId", active);
        yield return new($"{section}:BlindIndexKey", Convert.ToBase64String(BlindIndexKey(tenant)));
    }

    public static void Configure(IWebHostBuilder builder, IEnumerable<string> tenants)
    {
        foreach (var (name, value) in tenants.SelectMany(t => Settings(t)))
        {
            builder.UseSetting(name, value);
        }
    }

    /// <summary>The ring a test host of <paramref name="tenant"/> uses, for reading raw rows in a test.</summary>
    public static FieldKeyRing Ring(string tenant, string active = ActiveKeyId, params string[] keyIds) =>
        new(tenant, active, (keyIds.Length == 0 ? [ActiveKeyId] : keyIds).ToDictionary(id => id, id => Key(tenant, id)), BlindIndexKey(tenant));

    public static FieldCipher Cipher(string tenant) => new(Ring(tenant));

    /// <summary>The blind index the test host stores for <paramref name="value"/> in <paramref name="tenant"/>.</summary>
    public static string BlindIndex(string tenant, string value) => new BlindIndexer(Ring(tenant)).Compute(value);

    /// <summary>An encrypted text column read with plain SQL and opened with the test keys (plaintext passes through).</summary>
    public static async Task<string?> DecryptedScalarAsync(string tenant, string sql, params (string Name, object Value)[] parameters) =>
        await TestDatabases.ScalarAsync<string>(tenant, sql, parameters) is { } stored
            ? FieldCipher.IsEnvelope(stored) ? Cipher(tenant).Decrypt(stored) : stored
            : null;
}
