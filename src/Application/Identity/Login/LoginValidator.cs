using FluentValidation;

namespace CustomiseYou.Application.Identity.Login;

/// <summary>Only shape checks: anything well-formed goes to the same credential check, so nothing leaks.</summary>
public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(Domain.Users.Email.MaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(Common.IdentityRules.PasswordMaxLength);
    }
}
