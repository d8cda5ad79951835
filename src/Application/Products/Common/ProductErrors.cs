using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Products.Common;

public static class ProductErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("product.not_found", $"Product '{id}' does not exist.");

    public static readonly Error SellerRequired = Error.Forbidden("seller.required", "Apply as a seller before listing products.");

    public static readonly Error NotOwner = Error.Forbidden("product.not_owner", "Only the product's seller or an admin can change it.");

    public static Error SkuTaken(string sku) => Error.Conflict("product.sku_taken", $"You already have a product with SKU '{sku}'.");

    public static Error CategoryNotFound(Guid id) => Error.Validation("product.category_not_found", $"Category '{id}' does not exist.", "categoryId");

    public static Error ImageNotFound(Guid id) => Error.NotFound("product.image_not_found", $"Image '{id}' does not exist.");
}
