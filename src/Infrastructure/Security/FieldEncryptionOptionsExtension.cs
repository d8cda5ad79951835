using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Carries a region's <see cref="FieldProtection"/> in that region's context options, so the model built for the
/// context binds that region's cipher and the blind-index interceptor finds that region's key.
/// </summary>
public sealed class FieldEncryptionOptionsExtension(FieldProtection protection) : IDbContextOptionsExtension
{
    public FieldProtection Protection => protection;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        // Nothing to add: the converters are bound in the model, the interceptor is registered with the options.
    }

    public void Validate(IDbContextOptions options)
    {
        // The ring was checked when it was built.
    }

    /// <summary>The protection of <paramref name="context"/>'s region, or null for a context without one (design time).</summary>
    public static FieldProtection? Of(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<FieldEncryptionOptionsExtension>()?.Protection;

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        // The region is never logged with its keys; the ids are enough to tell rings apart in a log.
        public override string LogFragment => $"FieldEncryption={((FieldEncryptionOptionsExtension)Extension).Protection.TenantId} ";

        // Every region shares EF's internal services; the model, which holds the bound converters, is cached per region.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["FieldEncryption:Tenant"] = ((FieldEncryptionOptionsExtension)Extension).Protection.TenantId;
    }
}
