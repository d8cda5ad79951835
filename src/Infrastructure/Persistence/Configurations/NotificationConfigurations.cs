using System.Text.Json;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal static class NotificationColumns
{
    public const int TemplateMaxLength = 60;
    public const int EnumMaxLength = 20;
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Category).HasConversion<string>().HasMaxLength(NotificationColumns.EnumMaxLength);
        builder.Property(n => n.Template).HasMaxLength(NotificationColumns.TemplateMaxLength);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.HasOne<User>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        // Defence in depth behind the dispatcher's claim: one notification per event, recipient and template.
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Notification.EventId), nameof(Notification.RecipientId), nameof(Notification.Template))
            .IsUnique();
        // The inbox, newest first (version-7 ids grow with time), and its unread count.
        builder.HasIndex(n => new { n.RecipientId, n.Id });
        builder.HasIndex(n => n.RecipientId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(n => n.DomainEvents);
    }
}

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    /// <summary>Set by the claiming UPDATE so the dispatcher can read back exactly the rows it won.</summary>
    public const string ClaimTokenProperty = "ClaimToken";

    private static readonly ValueConverter<IReadOnlyDictionary<string, string>, string> ValuesToJson = new(
        values => JsonSerializer.Serialize(values, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null)!);

    private static readonly ValueComparer<IReadOnlyDictionary<string, string>> ValuesComparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        values => values.Count,
        values => new Dictionary<string, string>(values, StringComparer.Ordinal));

    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.ToTable("notification_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(NotificationColumns.EnumMaxLength);
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(NotificationColumns.EnumMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(NotificationColumns.EnumMaxLength);
        builder.Property(d => d.Template).HasMaxLength(NotificationColumns.TemplateMaxLength);
        builder.Property(d => d.Values).HasConversion(ValuesToJson, ValuesComparer).HasColumnType("jsonb");
        builder.OwnsOne(d => d.Amount, money => MoneyColumns.Map(money, "amount"));
        builder.Property(d => d.LastError).HasMaxLength(NotificationDelivery.LastErrorMaxLength);
        builder.Property<Guid?>(ClaimTokenProperty);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(
            AppDbContext.TenantIdProperty, nameof(NotificationDelivery.EventId), nameof(NotificationDelivery.RecipientId),
            nameof(NotificationDelivery.Channel), nameof(NotificationDelivery.Template)).IsUnique();
        // Due deliveries (Pending/Failed by next attempt time), leases (Sending) and dead letters all start from the status.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(ClaimTokenProperty);
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(d => d.DomainEvents);
    }
}

internal sealed class NotificationPreferencesConfiguration : IEntityTypeConfiguration<NotificationPreferences>
{
    public void Configure(EntityTypeBuilder<NotificationPreferences> builder)
    {
        builder.ToTable("notification_preferences");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("user_id").ValueGeneratedNever();
        builder.Ignore(p => p.Categories);
        builder.HasOne<User>().WithOne().HasForeignKey<NotificationPreferences>(p => p.Id).OnDelete(DeleteBehavior.Cascade);
        // Only the categories a user changed are stored; the rest follow the defaults.
        builder.OwnsMany<CategoryPreference>("_categories", category =>
        {
            category.ToJson("categories");
            category.Property(c => c.Category).HasConversion<string>();
        });
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(p => p.DomainEvents);
    }
}
