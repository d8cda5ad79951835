using CustomiseYou.Application.Categories.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class CategoryQueries(AppDbContext db) : ICategoryQueries
{
    public async Task<IReadOnlyList<CategoryDto>> ListAsync(CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .OrderBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new CategoryDto(c.Id, c.Name, c.Slug, c.ParentId, c.Position))
            .ToListAsync(cancellationToken);

    public Task<CategoryDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CategoryDto(c.Id, c.Name, c.Slug, c.ParentId, c.Position))
            .FirstOrDefaultAsync(cancellationToken);
}
