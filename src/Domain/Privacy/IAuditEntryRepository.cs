namespace CustomiseYou.Domain.Privacy;

/// <summary>Append-only: entries are added, never changed or removed.</summary>
public interface IAuditEntryRepository
{
    void Add(AuditEntry entry);
}
