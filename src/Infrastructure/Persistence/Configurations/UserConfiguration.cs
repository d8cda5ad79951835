using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(Email.MaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.FullName).HasMaxLength(User.FullNameMaxLength);
        builder.Property(u => u.Locale).HasMaxLength(Locale.MaxLength);
        builder.PrimitiveCollection(u => u.Roles).HasField("_roles").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(User.Email)).IsUnique();
        // Encrypted at rest (ADR 0022); phone_index is its blind index, for lookups by phone.
        builder.HasEncryptedBlindIndexed(u => u.Phone, EncryptedPropertyExtensions.TenantPrefix);
        builder.OwnsMany(u => u.ExternalLogins, login =>
        {
            login.ToTable("user_external_logins");
            login.WithOwner().HasForeignKey("UserId");
            login.Property<int>("Id");
            login.HasKey("Id");
            login.Property(l => l.Provider).HasMaxLength(20);
            login.Property(l => l.Subject).HasMaxLength(255);
            login.Property<string>(AppDbContext.TenantIdProperty);
            login.HasIndex(AppDbContext.TenantIdProperty, nameof(ExternalLogin.Provider), nameof(ExternalLogin.Subject)).IsUnique();
        });
        builder.Navigation(u => u.ExternalLogins).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Two requests changing the same row: the second save fails (409) instead of overwriting the first.
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(u => u.IsErased);
        builder.Ignore(u => u.DomainEvents);
    }
}
