using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.DecideReturn;

public sealed class DecideReturnValidator : AbstractValidator<DecideReturnCommand>
{
    public DecideReturnValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).When(c => c.Decision == ReturnDecision.Reject);
    }
}
