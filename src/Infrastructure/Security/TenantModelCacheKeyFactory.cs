using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// One model per region: its value converters hold the region's cipher, so a model (and the queries compiled for it,
/// whose cache key includes the model) can never read or write another region's data with the wrong keys.
/// </summary>
public sealed class TenantModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), FieldEncryptionOptionsExtension.Of(context)?.TenantId, designTime);
}
