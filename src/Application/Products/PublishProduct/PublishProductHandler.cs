using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Products.PublishProduct;

/// <summary>Only a KYC-verified seller's product goes live (409 listing what is missing otherwise).</summary>
public sealed class PublishProductHandler(ProductAccess access, ISellerRepository sellers, TimeProvider clock)
    : ICommandHandler<PublishProductCommand, Result<ProductDto>>
{
    public async ValueTask<Result<ProductDto>> Handle(PublishProductCommand command, CancellationToken cancellationToken)
    {
        var found = await access.ForEditAsync(command.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var product = found.Value;
        var seller = await sellers.GetByIdAsync(product.SellerId, cancellationToken);
        product.Publish(seller?.IsVerified == true, clock.GetUtcNow());
        return ProductDto.From(product);
    }
}
