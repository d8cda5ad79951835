using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Application.Notifications.Common;

/// <summary>A user writes in one of the region's locales; until they choose, the region's first.</summary>
public static class UserLocales
{
    public static string EffectiveFor(User user, Tenant tenant) => EffectiveFor(user.Locale, tenant);

    public static string EffectiveFor(string? chosen, Tenant tenant) => chosen ?? tenant.Locales[0];

    /// <summary>The region's spelling of <paramref name="requested"/> (case-insensitive), or null when the region does not offer it.</summary>
    public static string? Match(string? requested, Tenant tenant) =>
        tenant.Locales.FirstOrDefault(l => string.Equals(l, requested, StringComparison.OrdinalIgnoreCase));
}
