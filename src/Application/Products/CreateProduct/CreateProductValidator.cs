using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using FluentValidation;

namespace CustomiseYou.Application.Products.CreateProduct;

public sealed class CreateProductValidator : AbstractValidator<CreateProductCommand>
{
    public CreateProductValidator(ITenantContext tenant)
    {
        RuleFor(c => c.Title).ValidTitle();
        RuleFor(c => c.Description).ValidDescription();
        RuleFor(c => c.CategoryId).NotEmpty();
        RuleFor(c => c.BasePrice).NotNull().TenantPrice(tenant);
        RuleFor(c => c.Sku).NotEmpty().MaximumLength(Product.SkuMaxLength).Matches("^[A-Za-z0-9._-]+$")
            .WithMessage("'{PropertyName}' uses letters, digits, '.', '_' and '-' only.");
        RuleFor(c => c.Stock).InclusiveBetween(0, 1_000_000);
        RuleFor(c => c.Tags).ValidTags();
    }
}
