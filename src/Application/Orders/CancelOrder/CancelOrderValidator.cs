using FluentValidation;

namespace CustomiseYou.Application.Orders.CancelOrder;

public sealed class CancelOrderValidator : AbstractValidator<CancelOrderCommand>
{
    public CancelOrderValidator() => RuleFor(c => c.Reason).MaximumLength(500);
}
