using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Application.Common.Abstractions;

public interface ITenantStore
{
    IReadOnlyList<Tenant> All { get; }

    Tenant? Find(string id);
}
