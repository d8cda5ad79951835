using FluentValidation;

namespace CustomiseYou.Application.Orders.ListOrders;

public sealed class ListOrdersValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.Cursor).MaximumLength(200);
        RuleFor(q => q.Status).IsInEnum();
    }
}
