using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Application.Customization.Common;

/// <summary>A product with the schema of one of its customisation versions, ready to validate and price.</summary>
public sealed record CustomizableProduct(Product Product, int Version, CustomizationSchema Schema);

/// <summary>The latest schema of a product together with what a selection needs to be checked: the caller's uploads.</summary>
public sealed record PreparedSelection(Product Product, int Version, CustomizationSchema Schema, Func<string, UploadedImage?> Uploads);

/// <summary>Loads versions and rebuilds their schemas; knows "today" in the region and which uploads a caller owns.</summary>
public sealed class CustomizationCatalog(
    IProductRepository products,
    IProductCustomizationRepository customizations,
    ICustomerUploadRepository uploads,
    ProductAccess access,
    ITenantContext tenant,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The latest version, or <paramref name="version"/> when given, of a product the caller can see.</summary>
    public async Task<Result<CustomizableProduct>> LoadAsync(Guid productId, int? version, CancellationToken cancellationToken)
    {
        var product = await products.GetByIdAsync(productId, cancellationToken);
        if (product is null || !await access.CanViewAsync(product.SellerId, product.Status, cancellationToken))
        {
            return ProductErrors.NotFound(productId);
        }

        var stored = version is { } v
            ? await customizations.GetVersionAsync(productId, v, cancellationToken)
            : await customizations.GetLatestAsync(productId, cancellationToken);
        if (stored is null)
        {
            return CustomizationErrors.NotCustomizable(productId);
        }

        var definition = JsonSerializer.Deserialize<CustomizationDefinitionDto>(stored.Definition, Json)!;
        var schema = CustomizationMapping.ToSchema(definition, tenant.Tenant.Currency);
        return schema.IsSuccess
            ? new CustomizableProduct(product, stored.Version, schema.Value)
            : throw new InvalidOperationException($"Stored customisation v{stored.Version} of {productId} no longer builds: {schema.Error!.Message}");
    }

    /// <summary>Loads the latest version and the uploads a parsed selection refers to: the start of every quote, preview and cart line.</summary>
    public async Task<Result<PreparedSelection>> PrepareAsync(
        Guid productId, IReadOnlyDictionary<string, SelectionValue> selection, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(productId, version: null, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var uploadLookup = await UploadLookupAsync(selection.Values.Where(v => v.Text is not null).Select(v => v.Text!), cancellationToken);
        var (product, version, schema) = loaded.Value;
        return new PreparedSelection(product, version, schema, uploadLookup);
    }

    public DateOnly TodayInRegion() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(tenant.Tenant.TimeZone)).DateTime);

    /// <summary>The caller's own uploads among those a selection names; anyone else's upload is simply unknown.</summary>
    public async Task<Func<string, UploadedImage?>> UploadLookupAsync(IEnumerable<string> candidateIds, CancellationToken cancellationToken)
    {
        var ids = candidateIds.Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var owned = ids.Count == 0 || currentUser.UserId is null
            ? []
            : (await uploads.GetManyAsync(ids, cancellationToken)).Where(u => u.OwnerUserId == currentUser.UserId).ToList();
        var byId = owned.ToDictionary(u => u.Id.ToString(), u => u.ToUploadedImage(), StringComparer.OrdinalIgnoreCase);
        return id => byId.GetValueOrDefault(id.Trim());
    }
}
