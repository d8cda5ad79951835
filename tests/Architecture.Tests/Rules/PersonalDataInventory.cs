using System.Reflection;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CustomiseYou.Architecture.Tests.Rules;

/// <summary>
/// The personal data inventory read from the EF Core model: every stored text property (strings and string
/// collections, owned types included) must carry [PersonalData] or [NotPersonalData]. The shadow text properties
/// are the tenant id (the region's id) and blind indexes (HMACs of an encrypted property that is decided).
/// </summary>
public static class PersonalDataInventory
{
    public static IReadOnlyList<IProperty> TextProperties(IModel model) =>
        [.. model.GetEntityTypes()
            .SelectMany(type => type.GetDeclaredProperties())
            .Where(IsText)
            .Where(p => !(p.IsShadowProperty() && p.Name == AppDbContext.TenantIdProperty))
            // A blind index is an HMAC of its encrypted sibling, which carries the decision.
            .Where(p => !FieldEncryptionModel.IsBlindIndex(p))];

    /// <summary>"Entity.Property" of every stored text property without a decision.</summary>
    public static IReadOnlyList<string> Undecided(IModel model) =>
        [.. TextProperties(model).Where(p => !IsDecided(p)).Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}").Order(StringComparer.Ordinal)];

    public static PersonalDataAttribute? PersonalData(IProperty property) => Member(property)?.GetCustomAttribute<PersonalDataAttribute>();

    private static bool IsDecided(IProperty property) =>
        Member(property) is { } member
        && (member.GetCustomAttribute<PersonalDataAttribute>() is not null) != (member.GetCustomAttribute<NotPersonalDataAttribute>() is not null);

    private static MemberInfo? Member(IProperty property) => (MemberInfo?)property.PropertyInfo ?? property.FieldInfo;

    private static bool IsText(IProperty property) =>
        property.ClrType == typeof(string) || (property.IsPrimitiveCollection && property.GetElementType()?.ClrType == typeof(string));
}
