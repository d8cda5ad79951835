using CustomiseYou.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class ConsentRepository(AppDbContext db) : IConsentRepository
{
    public void Add(ConsentRecord record) => db.ConsentRecords.Add(record);
}
