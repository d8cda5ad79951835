using CustomiseYou.Application.Identity.Common;
using FluentValidation;

namespace CustomiseYou.Application.Identity.VerifyEmail;

public sealed class VerifyEmailValidator : AbstractValidator<VerifyEmailCommand>
{
    public VerifyEmailValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Code).ValidCode();
    }
}
