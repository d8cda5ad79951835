namespace CustomiseYou.Application.Categories.Common;

/// <summary>Read side of the category tree, in the current tenant.</summary>
public interface ICategoryQueries
{
    /// <summary>Every category, ordered by parent then position then name.</summary>
    Task<IReadOnlyList<CategoryDto>> ListAsync(CancellationToken cancellationToken);

    Task<CategoryDto?> FindAsync(Guid id, CancellationToken cancellationToken);
}
