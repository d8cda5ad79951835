using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// One model per key ring: its value converters hold the ring's cipher, so a model (and the queries compiled for it,
/// whose cache key includes the model) can never write one region's data under another's keys. EF Core caches
/// models process-wide, so the key is the ring's fingerprint, not the tenant id: a host started with a rotated ring
/// must not reuse the model built for the ring before.
/// </summary>
public sealed class TenantModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), FieldEncryptionOptionsExtension.Of(context)?.Cipher.Ring.Fingerprint, designTime);
}
