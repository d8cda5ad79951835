using CustomiseYou.Domain.Catalog.Events;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;

namespace CustomiseYou.Domain.Catalog;

/// <summary>
/// A seller's product. Stock is what the seller has; <see cref="Reserved"/> is held by unpaid checkouts, so
/// what can still be sold is <c>Stock - Reserved</c>. Neither ever goes negative (also a database check).
/// </summary>
public sealed class Product : AggregateRoot<Guid>
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 5000;
    public const int SkuMaxLength = 64;
    public const int MaxTags = 20;
    public const int TagMaxLength = 40;
    public const int MaxImages = 10;

    private readonly List<string> _tags = [];
    private readonly List<ProductImage> _images = [];

    // Complex properties such as the price cannot be constructor parameters for EF Core; factories set them.
    private Product(Guid id, Guid sellerId, string title, string description, Guid categoryId, string sku, DateTimeOffset createdAt)
        : base(id)
    {
        SellerId = sellerId;
        Title = title;
        Description = description;
        CategoryId = categoryId;
        BasePrice = null!;
        Sku = sku;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid SellerId { get; private set; }

    [NotPersonalData("seller-authored catalogue content, published to everyone")]
    public string Title { get; private set; }

    [NotPersonalData("seller-authored catalogue content, published to everyone")]
    public string Description { get; private set; }

    public Guid CategoryId { get; private set; }

    public Money BasePrice { get; private set; }

    [NotPersonalData("seller-authored catalogue content, published to everyone")]
    public string Sku { get; private set; }

    public int Stock { get; private set; }

    public int Reserved { get; private set; }

    public ProductStatus Status { get; private set; }

    /// <summary>True once the seller has defined a customisation schema.</summary>
    public bool Customizable { get; private set; }

    public decimal RatingAverage { get; private set; }

    public int RatingCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    [NotPersonalData("seller-authored catalogue content, published to everyone")]
    public IReadOnlyList<string> Tags => _tags.AsReadOnly();

    public IReadOnlyList<ProductImage> Images => [.. _images.OrderBy(i => i.Position)];

    public int Available => Stock - Reserved;

    public static Product Create(
        Guid id,
        Guid sellerId,
        string title,
        string description,
        Guid categoryId,
        Money basePrice,
        string sku,
        int stock,
        IEnumerable<string> tags,
        DateTimeOffset now)
    {
        var product = new Product(id, sellerId, title.Trim(), description.Trim(), categoryId, sku.Trim(), now)
        {
            BasePrice = RequirePrice(basePrice),
        };
        product.SetStock(stock, now);
        product.SetTags(tags);
        product.Raise(new ProductCreated(id, sellerId, now));
        return product;
    }

    public void UpdateDetails(string? title, string? description, Guid? categoryId, Money? basePrice, IEnumerable<string>? tags, DateTimeOffset now)
    {
        RequireNotArchived();
        Title = title?.Trim() ?? Title;
        Description = description?.Trim() ?? Description;
        CategoryId = categoryId ?? CategoryId;
        BasePrice = basePrice is null ? BasePrice : RequirePrice(basePrice);
        if (tags is not null)
        {
            SetTags(tags);
        }

        UpdatedAt = now;
    }

    /// <summary>The seller's count of items on hand; it may not drop below what unpaid checkouts hold.</summary>
    public void SetStock(int stock, DateTimeOffset now)
    {
        if (stock < 0)
        {
            throw new DomainException(Error.Validation("product.stock", "Stock cannot be negative.", "stock"));
        }

        if (stock < Reserved)
        {
            throw new DomainException(Error.Conflict(
                "product.stock_below_reserved", $"{Reserved} items are reserved by checkouts; stock cannot go below that."));
        }

        Stock = stock;
        UpdatedAt = now;
    }

    public ProductImage AddImage(Guid id, string fileKey, FileKind kind, DateTimeOffset now)
    {
        RequireNotArchived();
        if (kind is not (FileKind.Jpeg or FileKind.Png or FileKind.WebP))
        {
            throw new DomainException(Error.Validation("product.image_kind", "Product images are JPEG, PNG or WebP.", "file"));
        }

        if (_images.Count >= MaxImages)
        {
            throw new DomainException(Error.Rule("product.too_many_images", $"A product has at most {MaxImages} images."));
        }

        var image = new ProductImage(id, fileKey, kind, _images.Count == 0 ? 0 : _images.Max(i => i.Position) + 1);
        _images.Add(image);
        UpdatedAt = now;
        return image;
    }

    /// <summary>Publishing needs a verified seller, a price above zero and at least one image; every missing part is listed.</summary>
    public void Publish(bool sellerVerified, DateTimeOffset now)
    {
        if (Status == ProductStatus.Published)
        {
            return;
        }

        RequireNotArchived();
        var missing = new Dictionary<string, string[]>();
        if (!sellerVerified)
        {
            missing["seller"] = ["The seller's KYC is not verified."];
        }

        if (BasePrice.Amount <= 0m)
        {
            missing["basePrice"] = ["The price must be above zero."];
        }

        if (_images.Count == 0)
        {
            missing["images"] = ["Add at least one image."];
        }

        if (missing.Count > 0)
        {
            throw new DomainException(Error.Conflict("product.not_publishable", "The product cannot be published yet.") with { Details = missing });
        }

        Status = ProductStatus.Published;
        PublishedAt = now;
        UpdatedAt = now;
        Raise(new ProductPublished(Id, SellerId, now));
    }

    public void Archive(DateTimeOffset now)
    {
        Status = ProductStatus.Archived;
        UpdatedAt = now;
    }

    public void MarkCustomizable(bool customizable) => Customizable = customizable;

    private void SetTags(IEnumerable<string> tags)
    {
        var cleaned = tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        if (cleaned.Count > MaxTags || cleaned.Any(t => t.Length > TagMaxLength))
        {
            throw new DomainException(Error.Validation("product.tags", $"At most {MaxTags} tags of {TagMaxLength} characters.", "tags"));
        }

        _tags.Clear();
        _tags.AddRange(cleaned);
    }

    private void RequireNotArchived()
    {
        if (Status == ProductStatus.Archived)
        {
            throw new DomainException(Error.Conflict("product.archived", "An archived product cannot change."));
        }
    }

    private static Money RequirePrice(Money price) =>
        price.Amount < 0m || price.Round() != price
            ? throw new DomainException(Error.Validation("product.price", "A price is zero or more, in whole minor units.", "basePrice"))
            : price;
}
