using CustomiseYou.Domain.Customization;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class CustomerUploadRepository(AppDbContext db) : ICustomerUploadRepository
{
    public Task<CustomerUpload?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.CustomerUploads.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<IReadOnlyList<CustomerUpload>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.CustomerUploads.Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);

    public void Add(CustomerUpload upload) => db.CustomerUploads.Add(upload);
}
