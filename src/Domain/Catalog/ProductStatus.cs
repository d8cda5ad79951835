namespace CustomiseYou.Domain.Catalog;

/// <summary><c>Draft → Published → Archived</c>; only published products are visible to shoppers.</summary>
public enum ProductStatus
{
    Draft,
    Published,
    Archived,
}
