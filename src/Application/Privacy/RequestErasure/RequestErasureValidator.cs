using FluentValidation;

namespace CustomiseYou.Application.Privacy.RequestErasure;

public sealed class RequestErasureValidator : AbstractValidator<RequestErasureCommand>
{
    public RequestErasureValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}
