using CustomiseYou.Application.Sellers.Common;
using FluentValidation;

namespace CustomiseYou.Application.Sellers.RejectKyc;

public sealed class RejectKycValidator : AbstractValidator<RejectKycCommand>
{
    public RejectKycValidator()
    {
        RuleFor(c => c.SellerId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(SellerRules.ReasonMaxLength);
    }
}
