using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomiseYou.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Stamps new rows with the context's tenant and refuses to save any row stamped with another tenant,
/// so a bug elsewhere cannot write one region's data through another region's context. Also renews the
/// optimistic-concurrency row version of every row it saves.
/// </summary>
public sealed class TenantStampingInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not AppDbContext appContext)
        {
            return;
        }

        foreach (var entry in appContext.ChangeTracker.Entries())
        {
            // Owned single values (an address, a price) live in their owner's row and are stamped through it.
            if (entry.State is EntityState.Unchanged or EntityState.Detached || entry.Metadata.FindProperty(AppDbContext.TenantIdProperty) is null)
            {
                continue;
            }

            if (entry.State is EntityState.Added or EntityState.Modified && entry.Metadata.FindProperty(AppDbContext.RowVersionProperty) is not null)
            {
                entry.Property(AppDbContext.RowVersionProperty).CurrentValue = Guid.NewGuid();
            }

            var tenantId = entry.Property(AppDbContext.TenantIdProperty);
            if (entry.State == EntityState.Added && tenantId.CurrentValue is null)
            {
                tenantId.CurrentValue = appContext.TenantId;
            }
            else if (!Equals(tenantId.CurrentValue, appContext.TenantId))
            {
                throw new TenantMismatchException(entry.Metadata.DisplayName(), tenantId.CurrentValue as string, appContext.TenantId);
            }
        }
    }
}

public sealed class TenantMismatchException(string entity, string? rowTenant, string contextTenant)
    : InvalidOperationException($"Refusing to save a {entity} of tenant '{rowTenant}' through the context of tenant '{contextTenant}'.");
