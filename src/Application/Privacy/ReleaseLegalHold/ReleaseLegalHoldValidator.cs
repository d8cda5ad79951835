using CustomiseYou.Domain.Privacy;
using FluentValidation;

namespace CustomiseYou.Application.Privacy.ReleaseLegalHold;

public sealed class ReleaseLegalHoldValidator : AbstractValidator<ReleaseLegalHoldCommand>
{
    public ReleaseLegalHoldValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(LegalHold.ReasonMaxLength);
    }
}
