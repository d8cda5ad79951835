using Mediator;

namespace CustomiseYou.Application.Tenancy.GetCurrentTenant;

public sealed record GetCurrentTenantQuery : IQuery<TenantDto>;
