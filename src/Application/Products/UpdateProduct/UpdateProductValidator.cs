using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Products.Common;
using FluentValidation;

namespace CustomiseYou.Application.Products.UpdateProduct;

public sealed class UpdateProductValidator : AbstractValidator<UpdateProductCommand>
{
    public UpdateProductValidator(ITenantContext tenant)
    {
        RuleFor(c => c.Title).ValidTitle().When(c => c.Title is not null);
        RuleFor(c => c.Description).ValidDescription().When(c => c.Description is not null);
        RuleFor(c => c.CategoryId).NotEqual(Guid.Empty);
        RuleFor(c => c.BasePrice).TenantPrice(tenant).When(c => c.BasePrice is not null);
        RuleFor(c => c.Tags).ValidTags();
        RuleFor(c => c)
            .Must(c => c.Title is not null || c.Description is not null || c.CategoryId is not null || c.BasePrice is not null || c.Tags is not null)
            .OverridePropertyName("body").WithMessage("Supply at least one field to change.");
    }
}
