using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Users;
using FluentValidation;

namespace CustomiseYou.Application.Identity.UpdateMe;

public sealed class UpdateMeValidator : AbstractValidator<UpdateMeCommand>
{
    public UpdateMeValidator()
    {
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(User.FullNameMaxLength).When(c => c.FullName is not null);
        RuleFor(c => c.Phone.Value).ValidPhone().OverridePropertyName("phone").When(c => c.Phone.HasValue);
        RuleFor(c => c).Must(c => c.FullName is not null || c.Phone.HasValue)
            .OverridePropertyName("body").WithMessage("Supply fullName and/or phone.");
    }
}
