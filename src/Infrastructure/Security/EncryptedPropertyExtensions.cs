using System.Linq.Expressions;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>How entity configurations ask for field-level encryption; the domain types stay as they are.</summary>
public static class EncryptedPropertyExtensions
{
    /// <summary>
    /// Stored as an AES-GCM envelope under the region's key. The column becomes unbounded text (an envelope is about
    /// 4/3 of the UTF-8 length plus 50 characters); the length rule stays with the domain and the validators.
    /// </summary>
    public static PropertyBuilder<T> IsEncrypted<T>(this PropertyBuilder<T> property) => property.IsEncrypted(null);

    /// <summary>
    /// Encrypted, plus a blind index in the shadow property <c>{Name}Index</c> (HMAC of the value, kept by
    /// <see cref="BlindIndexInterceptor"/>), indexed with the tenant id for equality lookups.
    /// </summary>
    public static EntityTypeBuilder<TEntity> HasEncryptedBlindIndexed<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, string?>> property, params string[] indexPrefix)
        where TEntity : class
    {
        var name = ((MemberExpression)property.Body).Member.Name;
        var index = BlindIndexPropertyOf(name);
        builder.Property(property).IsEncrypted(index);
        builder.Property<string?>(index).HasMaxLength(BlindIndexer.Length);
        builder.HasIndex([.. indexPrefix, index]);
        return builder;
    }

    public static string BlindIndexPropertyOf(string property) => property + "Index";

    private static PropertyBuilder<T> IsEncrypted<T>(this PropertyBuilder<T> property, string? blindIndex)
    {
        if (typeof(T) != typeof(string))
        {
            throw new InvalidOperationException($"Only text properties are encrypted; {property.Metadata.Name} is {typeof(T).Name}.");
        }

        property.Metadata.SetMaxLength(null);
        return property.HasConversion(EncryptedStringConverter.Unbound(blindIndex));
    }

    /// <summary>The tenant-id-first prefix every blind index of a tenant-owned table uses.</summary>
    public static readonly string[] TenantPrefix = [AppDbContext.TenantIdProperty];
}
