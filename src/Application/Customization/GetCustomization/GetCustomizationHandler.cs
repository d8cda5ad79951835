using System.Text.Json;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using Mediator;

namespace CustomiseYou.Application.Customization.GetCustomization;

public sealed class GetCustomizationHandler(IProductRepository products, IProductCustomizationRepository customizations, ProductAccess access)
    : IQueryHandler<GetCustomizationQuery, Result<CustomizationVersionDto>>
{
    public async ValueTask<Result<CustomizationVersionDto>> Handle(GetCustomizationQuery query, CancellationToken cancellationToken)
    {
        var product = await products.GetByIdAsync(query.ProductId, cancellationToken);
        if (product is null || !await access.CanViewAsync(product.SellerId, product.Status, cancellationToken))
        {
            return ProductErrors.NotFound(query.ProductId);
        }

        var stored = query.Version is { } version
            ? await customizations.GetVersionAsync(query.ProductId, version, cancellationToken)
            : await customizations.GetLatestAsync(query.ProductId, cancellationToken);
        return stored is null
            ? CustomizationErrors.NotCustomizable(query.ProductId)
            : new CustomizationVersionDto(
                query.ProductId,
                stored.Version,
                stored.CreatedAt,
                JsonSerializer.Deserialize<CustomizationDefinitionDto>(stored.Definition, CustomizationCatalog.Json)!);
    }
}
