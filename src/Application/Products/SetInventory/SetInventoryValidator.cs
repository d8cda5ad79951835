using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Products.SetInventory;

public sealed class SetInventoryValidator : AbstractValidator<SetInventoryCommand>
{
    public SetInventoryValidator() => RuleFor(c => c.Stock).InclusiveBetween(0, 1_000_000);
}
