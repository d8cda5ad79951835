using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Keeps each blind-index shadow property equal to the HMAC of its encrypted property's current value, for every
/// row saved through EF Core (set-based updates of an encrypted property must set the index themselves).
/// </summary>
public sealed class BlindIndexInterceptor : SaveChangesInterceptor
{
    public static readonly BlindIndexInterceptor Instance = new();

    private BlindIndexInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Index(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Index(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Index(DbContext? context)
    {
        if (context is null || FieldEncryptionOptionsExtension.Of(context) is not { } protection)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Metadata.GetProperties())
            {
                if (FieldEncryptionModel.BlindIndexOf(property) is not { } index)
                {
                    continue;
                }

                var value = entry.Property(property.Name);
                if (entry.State == EntityState.Added || value.IsModified || entry.Property(index).CurrentValue is null)
                {
                    var current = (string?)value.CurrentValue;
                    entry.Property(index).CurrentValue = current is null ? null : protection.BlindIndex.Compute(current);
                }
            }
        }
    }
}
