using FluentValidation;

namespace CustomiseYou.Application.Sellers.Common;

/// <summary>A postal address: line1, city and postal code required; lengths as stored.</summary>
public sealed class AddressValidator : AbstractValidator<AddressDto>
{
    public AddressValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().MaximumLength(SellerRules.AddressLineMaxLength);
        RuleFor(a => a.Line2).MaximumLength(SellerRules.AddressLineMaxLength);
        RuleFor(a => a.City).NotEmpty().MaximumLength(SellerRules.CityMaxLength);
        RuleFor(a => a.Region).MaximumLength(SellerRules.RegionMaxLength);
        RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(SellerRules.PostalCodeMaxLength);
        RuleFor(a => a.Country).ValidCountry();
    }
}
