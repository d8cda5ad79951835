using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Tenancy.GetCurrentTenant;

/// <summary>The public face of a region: what a storefront needs to render prices, dates and payment.</summary>
public sealed record TenantDto(
    string Id,
    string Name,
    string Currency,
    string TimeZone,
    PaymentProvider PaymentProvider,
    PrivacyRegime PrivacyRegime,
    IReadOnlyList<string> Locales);
