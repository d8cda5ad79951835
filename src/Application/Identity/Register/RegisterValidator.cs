using CustomiseYou.Application.Identity.Common;
using FluentValidation;

namespace CustomiseYou.Application.Identity.Register;

public sealed class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public RegisterValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).StrongPassword(c => c.Email);
        RuleFor(c => c.FullName).ValidFullName();
        RuleFor(c => c.Phone).ValidPhone();
    }
}
