namespace CustomiseYou.Domain.Catalog;

public interface ICategoryRepository
{
    Task<Category?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Ids from the category's parent up to the root, nearest first.</summary>
    Task<IReadOnlyList<Guid>> GetAncestorIdsAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> SlugTakenAsync(Guid? parentId, string slug, Guid? exceptId, CancellationToken cancellationToken);

    Task<bool> HasChildrenAsync(Guid id, CancellationToken cancellationToken);

    void Add(Category category);

    void Remove(Category category);
}
