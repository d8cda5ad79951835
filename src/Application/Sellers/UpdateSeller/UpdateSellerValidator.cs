using CustomiseYou.Application.Sellers.Common;
using FluentValidation;

namespace CustomiseYou.Application.Sellers.UpdateSeller;

public sealed class UpdateSellerValidator : AbstractValidator<UpdateSellerCommand>
{
    public UpdateSellerValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.BusinessName).ValidSellerName().When(c => c.BusinessName is not null);
        RuleFor(c => c.Address!).SetValidator(new AddressValidator()).When(c => c.Address is not null);
        RuleFor(c => c.PayoutAccount).ValidPayoutAccount().When(c => c.PayoutAccount is not null);
        RuleFor(c => c)
            .Must(c => c.BusinessName is not null || c.Address is not null || c.PayoutAccount is not null)
            .OverridePropertyName("body")
            .WithMessage("Supply at least one of businessName, address or payoutAccount.");
    }
}
