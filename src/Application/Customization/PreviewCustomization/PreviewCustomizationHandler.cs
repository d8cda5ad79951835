using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Preview;
using Mediator;

namespace CustomiseYou.Application.Customization.PreviewCustomization;

public sealed class PreviewCustomizationHandler(CustomizationCatalog catalog) : IQueryHandler<PreviewCustomizationQuery, Result<string>>
{
    public async ValueTask<Result<string>> Handle(PreviewCustomizationQuery query, CancellationToken cancellationToken)
    {
        var parsed = SelectionParser.Parse(query.Selections);
        var prepared = parsed.IsSuccess ? await catalog.PrepareAsync(query.ProductId, parsed.Value, cancellationToken) : parsed.Error!;
        if (!prepared.IsSuccess)
        {
            return prepared.Error!;
        }

        var (product, _, schema, uploads) = prepared.Value;
        var normalized = schema.Normalize(parsed.Value, catalog.TodayInRegion(), uploads);
        if (!normalized.IsSuccess)
        {
            return normalized.Error!;
        }

        var productImages = product.Images.ToDictionary(
            i => i.Id.ToString(), i => ProductDto.ImageUrl(product.Id, i.Id), StringComparer.OrdinalIgnoreCase);
        // Only same-origin paths we serve ourselves: the product's images and the caller's own uploads.
        return SvgPreviewRenderer.Render(schema, normalized.Value, reference =>
            productImages.GetValueOrDefault(reference)
            ?? (uploads(reference) is not null ? $"/api/v1/customization/uploads/{reference.Trim()}" : null));
    }
}
