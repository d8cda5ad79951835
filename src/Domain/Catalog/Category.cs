using CustomiseYou.Domain.Catalog.Events;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Catalog;

/// <summary>A node of the tenant's category tree. Slugs are unique among siblings; the tree never has a cycle.</summary>
public sealed class Category : AggregateRoot<Guid>
{
    public const int NameMaxLength = 100;

    private Category(Guid id, string name, string slug, Guid? parentId, int position) : base(id)
    {
        Name = name;
        Slug = slug;
        ParentId = parentId;
        Position = position;
    }

    [NotPersonalData("the marketplace's own category tree")]
    public string Name { get; private set; }

    [NotPersonalData("the marketplace's own category tree")]
    public string Slug { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Order among siblings, ascending.</summary>
    public int Position { get; private set; }

    public static Category Create(Guid id, string name, string? slug, Guid? parentId, int position, DateTimeOffset now)
    {
        var category = new Category(id, RequireName(name), Catalog.Slug.From(slug ?? name), parentId, position);
        category.Raise(new CategoryCreated(id, category.Name, parentId, now));
        return category;
    }

    public void Rename(string name, string? slug)
    {
        Name = RequireName(name);
        Slug = Catalog.Slug.From(slug ?? name);
    }

    public void Reorder(int position) => Position = position;

    /// <summary>Moves the node under <paramref name="parentId"/>, whose ancestors (nearest first) are given.</summary>
    public void MoveTo(Guid? parentId, IReadOnlyCollection<Guid> ancestorsOfParent)
    {
        if (parentId == Id || ancestorsOfParent.Contains(Id))
        {
            throw new DomainException(Error.Rule(
                "category.cycle", "A category cannot be moved under itself or one of its descendants."));
        }

        ParentId = parentId;
    }

    public void Delete(DateTimeOffset now) => Raise(new CategoryDeleted(Id, now));

    private static string RequireName(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            throw new DomainException(Error.Rule(
                "category.name", $"A category name has 1 to {NameMaxLength} characters."));
        }

        return trimmed;
    }
}
