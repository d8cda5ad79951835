using CustomiseYou.Domain.Users;
using FluentValidation;

namespace CustomiseYou.Application.Identity.ExternalSignIn;

public sealed class ExternalSignInValidator : AbstractValidator<ExternalSignInCommand>
{
    public ExternalSignInValidator()
    {
        RuleFor(c => c.IdToken).NotEmpty().MaximumLength(8192);
        RuleFor(c => c.Nonce).MaximumLength(512);
        RuleFor(c => c.FullName).MaximumLength(User.FullNameMaxLength);
    }
}
