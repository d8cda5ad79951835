using Microsoft.EntityFrameworkCore.Metadata;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>Finds the encrypted properties of a model and binds them to one region's cipher.</summary>
public static class FieldEncryptionModel
{
    /// <summary>
    /// Replaces every unbound <see cref="EncryptedStringConverter"/> with one bound to <paramref name="cipher"/>. Called
    /// while the region's model is built; the model is cached per region (<see cref="TenantModelCacheKeyFactory"/>).
    /// </summary>
    public static void Bind(IMutableModel model, FieldCipher? cipher)
    {
        if (cipher is null)
        {
            return; // design time: the migrations only need the columns
        }

        foreach (var property in model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()))
        {
            if (property.GetValueConverter() is EncryptedStringConverter { Cipher: null } unbound)
            {
                property.SetValueConverter(unbound.BindTo(cipher));
            }
        }
    }

    public static bool IsEncrypted(IReadOnlyProperty property) => property.GetValueConverter() is EncryptedStringConverter;

    /// <summary>The blind-index shadow property kept for <paramref name="property"/>, if any.</summary>
    public static string? BlindIndexOf(IReadOnlyProperty property) => (property.GetValueConverter() as EncryptedStringConverter)?.BlindIndexProperty;

    /// <summary>"Entity.Property" of every encrypted property, owned types included.</summary>
    public static IReadOnlyList<string> EncryptedProperties(IReadOnlyModel model) =>
        [.. model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()).Where(IsEncrypted)
            .Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}").Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="property"/> is the blind index of an encrypted sibling (derived data, not a decision of its own).</summary>
    public static bool IsBlindIndex(IReadOnlyProperty property) =>
        property.DeclaringType.GetProperties().Any(p => BlindIndexOf(p) == property.Name);
}
