using CustomiseYou.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class CategoryRepository(AppDbContext db) : ICategoryRepository
{
    /// <summary>Deeper than any real catalog; stops the walk if corrupt data ever held a cycle.</summary>
    private const int MaxDepth = 64;

    public Task<Category?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Guid>> GetAncestorIdsAsync(Guid id, CancellationToken cancellationToken)
    {
        var ancestors = new List<Guid>();
        var current = id;
        while (ancestors.Count < MaxDepth)
        {
            var parentId = await db.Categories.Where(c => c.Id == current).Select(c => c.ParentId)
                .FirstOrDefaultAsync(cancellationToken);
            if (parentId is not { } next)
            {
                break;
            }

            ancestors.Add(next);
            current = next;
        }

        return ancestors;
    }

    public Task<bool> SlugTakenAsync(Guid? parentId, string slug, Guid? exceptId, CancellationToken cancellationToken) =>
        db.Categories.AnyAsync(c => c.ParentId == parentId && c.Slug == slug && c.Id != exceptId, cancellationToken);

    public Task<bool> HasChildrenAsync(Guid id, CancellationToken cancellationToken) =>
        db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken);

    public void Add(Category category) => db.Categories.Add(category);

    public void Remove(Category category) => db.Categories.Remove(category);
}
