using CustomiseYou.Application.Common.Abstractions;
using FluentValidation;

namespace CustomiseYou.Application.Privacy.RequestMyErasure;

public sealed class RequestMyErasureValidator : AbstractValidator<RequestMyErasureCommand>
{
    public RequestMyErasureValidator(ITenantContext tenant)
    {
        RuleFor(c => c.Reason).NotEmpty().When(_ => tenant.Tenant.Privacy.ErasureRequiresReason)
            .WithMessage("This region asks for the ground of an erasure request (for example: consent withdrawn, no longer needed).");
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}
