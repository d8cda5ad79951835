using CustomiseYou.Domain.Sellers;
using FluentValidation;

namespace CustomiseYou.Application.Sellers.Common;

/// <summary>Field rules shared by the seller validators.</summary>
internal static class SellerRules
{
    public const int NameMinLength = 2;
    public const int AddressLineMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int RegionMaxLength = 100;
    public const int PostalCodeMaxLength = 20;
    public const int PayoutAccountMaxLength = 100;
    public const int ReasonMaxLength = 1000;

    /// <summary>Stripe Connect account (acct_…) or Razorpay Route linked account (acc_…).</summary>
    public const string PayoutAccountPattern = "^(acct_[A-Za-z0-9]{6,}|acc_[A-Za-z0-9]{6,})$";

    /// <summary>2 to 200 characters once trimmed (the aggregate stores it trimmed).</summary>
    public static IRuleBuilderOptions<T, string?> ValidSellerName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .Must(name => name is null || name.Trim().Length is >= NameMinLength and <= Seller.NameMaxLength)
            .WithMessage($"'{{PropertyName}}' must be {NameMinLength} to {Seller.NameMaxLength} characters long.");

    public static IRuleBuilderOptions<T, string?> ValidCountry<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .Must(CountryCodes.IsValid)
            .WithMessage("'{PropertyName}' must be an ISO 3166-1 alpha-2 country code in upper case, e.g. IN or DE.");

    public static IRuleBuilderOptions<T, string?> ValidPayoutAccount<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PayoutAccountMaxLength)
            .Matches(PayoutAccountPattern)
            .WithMessage("'{PropertyName}' must be a Stripe Connect account id (acct_…) or a Razorpay linked account id (acc_…).");

    /// <summary>One of the <see cref="KycDocumentKind"/> names, case-insensitive; numbers are refused.</summary>
    public static bool TryParseKind(string? value, out KycDocumentKind kind) => TryParseName(value, out kind);

    public static bool TryParseStatus(string? value, out KycStatus status) => TryParseName(value, out status);

    private static bool TryParseName<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value?.Trim(), StringComparison.OrdinalIgnoreCase));
        result = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }
}
