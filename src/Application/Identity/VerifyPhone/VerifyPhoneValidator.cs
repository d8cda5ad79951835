using CustomiseYou.Application.Identity.Common;
using FluentValidation;

namespace CustomiseYou.Application.Identity.VerifyPhone;

public sealed class VerifyPhoneValidator : AbstractValidator<VerifyPhoneCommand>
{
    public VerifyPhoneValidator()
    {
        RuleFor(c => c.Phone).NotEmpty().ValidPhone();
        RuleFor(c => c.Code).ValidCode();
    }
}
