using CustomiseYou.Application.Sellers.Common;
using FluentValidation;

namespace CustomiseYou.Application.Sellers.CreateSeller;

public sealed class CreateSellerValidator : AbstractValidator<CreateSellerCommand>
{
    public CreateSellerValidator()
    {
        RuleFor(c => c.BusinessName).ValidSellerName();
        RuleFor(c => c.LegalName).ValidSellerName();
        RuleFor(c => c.Country).ValidCountry();
        RuleFor(c => c.Address).NotNull().SetValidator(new AddressValidator());
        RuleFor(c => c.Address.Country)
            .Equal(c => c.Country)
            .WithMessage("'address.country' must be the seller's country.")
            .OverridePropertyName("address.country")
            .When(c => c.Address is not null && CountryCodes.IsValid(c.Address.Country) && CountryCodes.IsValid(c.Country));
        RuleFor(c => c.PayoutAccount).ValidPayoutAccount().When(c => c.PayoutAccount is not null);
    }
}
