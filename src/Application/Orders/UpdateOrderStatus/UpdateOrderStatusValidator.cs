using CustomiseYou.Domain.Orders;
using FluentValidation;

namespace CustomiseYou.Application.Orders.UpdateOrderStatus;

public sealed class UpdateOrderStatusValidator : AbstractValidator<UpdateOrderStatusCommand>
{
    public UpdateOrderStatusValidator()
    {
        RuleFor(c => c.Status).Must(s => s is OrderStatus.InProduction or OrderStatus.Shipped or OrderStatus.Delivered)
            .WithMessage("'{PropertyName}' is one of InProduction, Shipped, Delivered (cancel with POST /orders/{id}/cancel).");
        RuleFor(c => c.TrackingNumber).NotEmpty().MaximumLength(100).When(c => c.Status == OrderStatus.Shipped);
    }
}
