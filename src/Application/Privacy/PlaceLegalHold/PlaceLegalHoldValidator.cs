using CustomiseYou.Domain.Privacy;
using FluentValidation;

namespace CustomiseYou.Application.Privacy.PlaceLegalHold;

public sealed class PlaceLegalHoldValidator : AbstractValidator<PlaceLegalHoldCommand>
{
    public PlaceLegalHoldValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(LegalHold.ReasonMaxLength);
    }
}
