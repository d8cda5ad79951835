using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Encrypts a text property on its way to the database and decrypts it on the way back. Entity configurations mark
/// a property with an unbound converter (<see cref="EncryptedPropertyExtensions.IsEncrypted{T}"/>); each region's model
/// binds it to that region's cipher (<see cref="FieldEncryptionModel.Bind"/>). Values stored before encryption was
/// introduced (no envelope) are read as they are until the re-encryption job has rewritten them.
/// Equality queries on an encrypted property cannot match (each encryption differs): query its blind index instead.
/// </summary>
public sealed class EncryptedStringConverter : ValueConverter<string, string>
{
    private EncryptedStringConverter(FieldCipher? cipher, string? blindIndexProperty)
        : base(value => Protect(cipher, value), stored => Reveal(cipher, stored))
    {
        Cipher = cipher;
        BlindIndexProperty = blindIndexProperty;
    }

    /// <summary>The cipher of the region whose model this converter belongs to; null until bound.</summary>
    public FieldCipher? Cipher { get; }

    /// <summary>The shadow property holding the blind index of this property, if it has one.</summary>
    public string? BlindIndexProperty { get; }

    public static EncryptedStringConverter Unbound(string? blindIndexProperty = null) => new(null, blindIndexProperty);

    public EncryptedStringConverter BindTo(FieldCipher cipher) => new(cipher, BlindIndexProperty);

    private static string Protect(FieldCipher? cipher, string value) => Bound(cipher).Encrypt(value);

    private static string Reveal(FieldCipher? cipher, string stored) => FieldCipher.IsEnvelope(stored) ? Bound(cipher).Decrypt(stored) : stored;

    private static FieldCipher Bound(FieldCipher? cipher) =>
        cipher ?? throw new InvalidOperationException("This context has no field-encryption keys (a design-time model cannot read or write data).");
}
