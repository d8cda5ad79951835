using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CustomiseYou.Infrastructure.Security;

public static class FieldEncryptionDbContextOptions
{
    /// <summary>Encrypts the marked properties with <paramref name="protection"/> and keeps their blind indexes.</summary>
    public static DbContextOptionsBuilder UseFieldEncryption(this DbContextOptionsBuilder options, FieldProtection protection)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new FieldEncryptionOptionsExtension(protection));
        return options.ReplaceService<IModelCacheKeyFactory, TenantModelCacheKeyFactory>().AddInterceptors(BlindIndexInterceptor.Instance);
    }
}
