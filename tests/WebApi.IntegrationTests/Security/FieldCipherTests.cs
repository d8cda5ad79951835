using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Infrastructure.Security;

namespace CustomiseYou.WebApi.IntegrationTests.Security;

/// <summary>The AES-GCM envelope and the blind index on their own; no database, no host.</summary>
public sealed class FieldCipherTests
{
    private static readonly byte[] KeyA = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] KeyB = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] BlindKey = RandomNumberGenerator.GetBytes(32);

    private static FieldCipher Cipher(string active, params (string Id, byte[] Key)[] keys) =>
        new(new FieldKeyRing("europe", active, keys.ToDictionary(k => k.Id, k => k.Key), BlindKey));

    [Theory]
    [InlineData("+4915112345678")]
    [InlineData("Flat 4, 12 Müllerstraße")]
    [InlineData("नई दिल्ली 110001")]
    [InlineData("")]
    public void Text_round_trips_in_a_versioned_envelope_naming_its_key_and_never_repeats(string plaintext)
    {
        var cipher = Cipher("k1", ("k1", KeyA));

        var first = cipher.Encrypt(plaintext);
        var second = cipher.Encrypt(plaintext);

        first.ShouldStartWith("enc:v1:k1:");
        first.ShouldNotBe(second); // a fresh nonce per value: equal plaintexts cannot be told apart
        if (plaintext.Length > 0)
        {
            first.ShouldNotContain(plaintext);
        }

        cipher.Decrypt(first).ShouldBe(plaintext);
        cipher.Decrypt(second).ShouldBe(plaintext);
        cipher.IsCurrent(first).ShouldBeTrue();
    }

    [Fact]
    public void Any_changed_byte_of_the_payload_fails_authentication()
    {
        var cipher = Cipher("k1", ("k1", KeyA));
        var stored = cipher.Encrypt("+4915112345678");
        var header = stored[..stored.LastIndexOf(':')];
        var payload = Convert.FromBase64String(stored[(header.Length + 1)..]);

        for (var i = 0; i < payload.Length; i++)
        {
            var tampered = payload.ToArray();
            tampered[i] ^= 0x01;
            Should.Throw<FieldEncryptionException>(() => cipher.Decrypt($"{header}:{Convert.ToBase64String(tampered)}"))
                .Message.ShouldContain("failed authentication");
        }

        Should.Throw<FieldEncryptionException>(() => cipher.Decrypt(stored[..^8]));
        Should.Throw<FieldEncryptionException>(() => cipher.Decrypt($"{header}:not base64!"));
    }

    [Fact]
    public void The_header_is_authenticated_so_a_value_cannot_be_relabelled_with_another_key()
    {
        // Both keys are in the ring: relabelling k1's ciphertext as k2 must still fail, not decrypt to garbage.
        var cipher = Cipher("k1", ("k1", KeyA), ("k2", KeyB));
        var stored = cipher.Encrypt("12 MG Road");

        Should.Throw<FieldEncryptionException>(() => cipher.Decrypt(stored.Replace("enc:v1:k1:", "enc:v1:k2:", StringComparison.Ordinal)));
    }

    [Fact]
    public void After_a_rotation_old_values_stay_readable_new_ones_use_the_active_key_and_old_ones_are_not_current()
    {
        var before = Cipher("k1", ("k1", KeyA));
        var old = before.Encrypt("Bengaluru");
        var rotated = Cipher("k2", ("k1", KeyA), ("k2", KeyB));

        rotated.Decrypt(old).ShouldBe("Bengaluru");
        rotated.IsCurrent(old).ShouldBeFalse();
        var renewed = rotated.Encrypt(rotated.Decrypt(old));
        renewed.ShouldStartWith("enc:v1:k2:");
        rotated.IsCurrent(renewed).ShouldBeTrue();

        // Once k1 is retired, only data the job has moved can be read.
        var retired = Cipher("k2", ("k2", KeyB));
        retired.Decrypt(renewed).ShouldBe("Bengaluru");
        Should.Throw<FieldEncryptionException>(() => retired.Decrypt(old)).Message.ShouldContain("No key 'k1'");
    }

    [Fact]
    public void An_unknown_key_id_is_an_error_that_names_the_key_and_the_region_but_no_secret()
    {
        var writer = Cipher("other-region-1", ("other-region-1", KeyB));
        var reader = Cipher("k1", ("k1", KeyA));

        var error = Should.Throw<FieldEncryptionException>(() => reader.Decrypt(writer.Encrypt("+919876543210")));

        error.Message.ShouldContain("'other-region-1'");
        error.Message.ShouldContain("europe");
        error.Message.ShouldNotContain("+919876543210");
        error.Message.ShouldNotContain(Convert.ToBase64String(KeyA));
    }

    [Fact]
    public void Plaintext_is_not_an_envelope_and_strict_decryption_refuses_it()
    {
        FieldCipher.IsEnvelope("+4915112345678").ShouldBeFalse();
        Should.Throw<FieldEncryptionException>(() => Cipher("k1", ("k1", KeyA)).Decrypt("+4915112345678"));
    }

    [Fact]
    public void Files_round_trip_are_tamper_evident_and_name_their_key()
    {
        var cipher = Cipher("k1", ("k1", KeyA));
        var document = Encoding.ASCII.GetBytes("%PDF-1.7 identity proof ").Concat(RandomNumberGenerator.GetBytes(4096)).ToArray();

        var sealedBytes = cipher.Encrypt(document);

        FieldCipher.IsEnvelope(sealedBytes).ShouldBeTrue();
        FieldCipher.FileKeyId(sealedBytes).ShouldBe("k1");
        sealedBytes.AsSpan().IndexOf("%PDF"u8).ShouldBe(-1);
        cipher.Decrypt(sealedBytes).ShouldBe(document);
        foreach (var position in new[] { 6, sealedBytes.Length / 2, sealedBytes.Length - 1 })
        {
            var tampered = sealedBytes.ToArray();
            tampered[position] ^= 0x80;
            Should.Throw<FieldEncryptionException>(() => cipher.Decrypt(tampered));
        }
    }

    [Fact]
    public void A_blind_index_is_deterministic_per_key_and_reveals_nothing_of_the_value()
    {
        var ring = new FieldKeyRing("europe", "k1", new Dictionary<string, byte[]> { ["k1"] = KeyA }, BlindKey);
        var otherRegion = new FieldKeyRing("south-asia", "k1", new Dictionary<string, byte[]> { ["k1"] = KeyA }, RandomNumberGenerator.GetBytes(32));

        var index = new BlindIndexer(ring).Compute("+4915112345678");

        index.ShouldMatch("^[0-9a-f]{64}$");
        new BlindIndexer(ring).Compute("+4915112345678").ShouldBe(index);
        new BlindIndexer(ring).Compute("+4915112345679").ShouldNotBe(index);
        new BlindIndexer(otherRegion).Compute("+4915112345678").ShouldNotBe(index);
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("+4915112345678"))).ShouldNotBe(index); // keyed, not a bare hash
    }

    [Theory]
    [InlineData("k1", 31, "32 bytes")]
    [InlineData("missing", 32, "ActiveKeyId 'missing'")]
    [InlineData("Bad_Id", 32, "lower-case kebab-case")]
    public void A_malformed_ring_is_refused_with_what_to_fix(string active, int keyLength, string expected)
    {
        var keys = new Dictionary<string, byte[]> { [active == "missing" ? "k1" : active] = RandomNumberGenerator.GetBytes(keyLength) };

        Should.Throw<InvalidOperationException>(() => new FieldKeyRing("europe", active, keys, BlindKey)).Message.ShouldContain(expected);
    }

    [Fact]
    public void The_blind_index_key_must_be_its_own()
    {
        Should.Throw<InvalidOperationException>(() => new FieldKeyRing("europe", "k1", new Dictionary<string, byte[]> { ["k1"] = KeyA }, KeyA))
            .Message.ShouldContain("BlindIndexKey");
    }
}
