using CustomiseYou.Application.Common.Security;
using FluentValidation;

namespace CustomiseYou.Application.Identity.RevokeRole;

public sealed class RevokeRoleValidator : AbstractValidator<RevokeRoleCommand>
{
    public RevokeRoleValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Role).NotEmpty().Must(Roles.All.Contains)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}
