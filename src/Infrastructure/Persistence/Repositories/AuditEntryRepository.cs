using CustomiseYou.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

/// <summary>Adds only: there is deliberately no way to load an entry for changing or removing it.</summary>
internal sealed class AuditEntryRepository(AppDbContext db) : IAuditEntryRepository
{
    public void Add(AuditEntry entry) => db.AuditEntries.Add(entry);
}
