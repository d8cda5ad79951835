using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;

namespace CustomiseYou.Application.Products.Common;

/// <summary>
/// Who may see and change a product. Ownership comes from the seller profile, not the token's role, so a
/// new seller can list products without waiting for a token refresh.
/// </summary>
public sealed class ProductAccess(IProductRepository products, ISellerRepository sellers, ICurrentUser currentUser)
{
    public async Task<Seller?> CallerSellerAsync(CancellationToken cancellationToken) =>
        currentUser.UserId is { } userId ? await sellers.GetByOwnerAsync(userId, cancellationToken) : null;

    /// <summary>The product for an edit by its seller or an admin; someone else's draft is reported as not found.</summary>
    public async Task<Result<Product>> ForEditAsync(Guid productId, CancellationToken cancellationToken)
    {
        var product = await products.GetByIdAsync(productId, cancellationToken);
        if (product is null)
        {
            return ProductErrors.NotFound(productId);
        }

        if (currentUser.IsInRole(Roles.Admin))
        {
            return product;
        }

        var seller = await CallerSellerAsync(cancellationToken);
        if (seller?.Id == product.SellerId)
        {
            return product;
        }

        return product.Status == ProductStatus.Published ? ProductErrors.NotOwner : ProductErrors.NotFound(productId);
    }

    /// <summary>Published products are public; drafts and archived ones only for their seller and admins.</summary>
    public async Task<bool> CanViewAsync(Guid sellerId, ProductStatus status, CancellationToken cancellationToken) =>
        status == ProductStatus.Published
        || currentUser.IsInRole(Roles.Admin)
        || (await CallerSellerAsync(cancellationToken))?.Id == sellerId;
}
