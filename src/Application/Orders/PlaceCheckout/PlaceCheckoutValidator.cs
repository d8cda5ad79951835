using CustomiseYou.Domain.Users;
using FluentValidation;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

public sealed class PlaceCheckoutValidator : AbstractValidator<PlaceCheckoutCommand>
{
    public PlaceCheckoutValidator()
    {
        RuleFor(c => c.IdempotencyKey).NotEmpty().MaximumLength(255).OverridePropertyName("Idempotency-Key");
        RuleFor(c => c.ShippingAddress).NotNull();
        RuleFor(c => c.ShippingAddress).ChildRules(address =>
        {
            address.RuleFor(a => a.FullName).NotEmpty().MaximumLength(200);
            address.RuleFor(a => a.Line1).NotEmpty().MaximumLength(200);
            address.RuleFor(a => a.Line2).MaximumLength(200);
            address.RuleFor(a => a.City).NotEmpty().MaximumLength(100);
            address.RuleFor(a => a.Region).MaximumLength(100);
            address.RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(20);
            address.RuleFor(a => a.Country).NotEmpty().Matches("^[A-Z]{2}$").WithMessage("'{PropertyName}' is an ISO 3166-1 alpha-2 code.");
            address.RuleFor(a => a.Phone).Must(p => p is null || PhoneNumber.IsValid(p)).WithMessage("'{PropertyName}' must be in E.164 form.");
        }).When(c => c.ShippingAddress is not null);
    }
}
