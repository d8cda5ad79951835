using System.Linq.Expressions;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Persistence.Outbox;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// The data of one tenant, in that tenant's own database. Every table also carries a <c>tenant_id</c> column with a
/// named query filter and a save-time check (see <see cref="Interceptors.TenantStampingInterceptor"/>) as defence in depth.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public const string TenantIdProperty = "TenantId";
    public const string TenantFilter = "Tenant";

    /// <summary>Optimistic concurrency token, renewed on every save of the row (see TenantStampingInterceptor).</summary>
    public const string RowVersionProperty = "RowVersion";

    private readonly FieldProtection? _fieldProtection = options.FindExtension<FieldEncryptionOptionsExtension>()?.Protection;
    private string? _tenantId;

    /// <summary>The tenant this context was created for; bound once, before first use, and fixed for its lifetime.</summary>
    public string TenantId => _tenantId ?? throw new InvalidOperationException("This context is not bound to a tenant yet.");

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<User> Users => Set<User>();

    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Seller> Sellers => Set<Seller>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductCustomization> ProductCustomizations => Set<ProductCustomization>();

    public DbSet<CustomerUpload> CustomerUploads => Set<CustomerUpload>();

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Checkout> Checkouts => Set<Checkout>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<LedgerTransaction> Transactions => Set<LedgerTransaction>();

    public DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents => Set<ProcessedWebhookEvent>();

    public DbSet<Payout> Payouts => Set<Payout>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();

    public DbSet<NotificationPreferences> NotificationPreferences => Set<NotificationPreferences>();

    public DbSet<PrivacyRequest> PrivacyRequests => Set<PrivacyRequest>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Binds a new context to its tenant; a pooled context rented again must come back to the same tenant.</summary>
    internal void BindTenant(string tenantId)
    {
        if (_tenantId is not null && !string.Equals(_tenantId, tenantId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"A context of tenant '{_tenantId}' cannot serve tenant '{tenantId}'.");
        }

        _tenantId = tenantId;
    }

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConflictException(
                Error.Conflict("conflict.concurrent_update", "Someone else changed this first. Reload and try again."), exception);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            throw new ConflictException(
                Error.Conflict("conflict.duplicate", "This was just created by another request. Reload and try again."), exception);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // UNIQUE, PRIMARY KEY
        _ => false,
    };

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // The encrypted properties get this region's cipher; the model is cached per region (TenantModelCacheKeyFactory).
        FieldEncryptionModel.Bind(modelBuilder.Model, _fieldProtection?.Cipher);
        // Roots and owned collections have tables of their own; owned single values share their owner's row, and
        // owned collections stored as JSON live inside it.
        var tenantOwned = modelBuilder.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && (!t.IsOwned() || (t.FindOwnership()!.IsUnique is false && !t.IsMappedToJson())))
            .ToList();
        foreach (var entityType in tenantOwned)
        {
            var tenantId = entityType.FindProperty(TenantIdProperty) ?? entityType.AddProperty(TenantIdProperty, typeof(string));
            tenantId.SetMaxLength(64);
            tenantId.IsNullable = false;
            // Owned rows are reached only through their (filtered) owner; EF allows filters on roots only.
            if (!entityType.IsOwned())
            {
                modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, TenantFilterFor(entityType.ClrType));
            }
        }
    }

    /// <summary><c>e => EF.Property&lt;string&gt;(e, "TenantId") == this.TenantId</c>, evaluated per context instance.</summary>
    private LambdaExpression TenantFilterFor(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var column = Expression.Call(
            typeof(EF), nameof(EF.Property), [typeof(string)], entity, Expression.Constant(TenantIdProperty));
        var current = Expression.Property(Expression.Constant(this), nameof(TenantId));
        return Expression.Lambda(Expression.Equal(column, current), entity);
    }
}
