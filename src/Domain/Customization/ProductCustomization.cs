using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization;

/// <summary>
/// One immutable version of a product's customisation schema. Every change by the seller adds a version;
/// quotes, cart lines and orders name the version they were priced with. The definition is kept as the seller's
/// canonical JSON so the exact schema of any version can be rebuilt (and re-validated) later.
/// </summary>
public sealed class ProductCustomization : AggregateRoot<Guid>
{
    private ProductCustomization(Guid id, Guid productId, int version, string definition, Guid createdBy, DateTimeOffset createdAt) : base(id)
    {
        ProductId = productId;
        Version = version;
        Definition = definition;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid ProductId { get; private set; }

    public int Version { get; private set; }

    [NotPersonalData("seller-authored catalogue content, published to everyone")]
    public string Definition { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static ProductCustomization Create(Guid id, Guid productId, int version, string definition, Guid createdBy, DateTimeOffset now)
    {
        if (version < 1)
        {
            throw new DomainException(Error.Rule("customization.version", "Versions start at 1."));
        }

        return new ProductCustomization(id, productId, version, definition, createdBy, now);
    }
}

public interface IProductCustomizationRepository
{
    Task<ProductCustomization?> GetLatestAsync(Guid productId, CancellationToken cancellationToken);

    Task<ProductCustomization?> GetVersionAsync(Guid productId, int version, CancellationToken cancellationToken);

    void Add(ProductCustomization customization);
}
