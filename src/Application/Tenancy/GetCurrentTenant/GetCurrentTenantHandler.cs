using CustomiseYou.Application.Common.Abstractions;
using Mediator;

namespace CustomiseYou.Application.Tenancy.GetCurrentTenant;

public sealed class GetCurrentTenantHandler(ITenantContext tenantContext) : IQueryHandler<GetCurrentTenantQuery, TenantDto>
{
    public ValueTask<TenantDto> Handle(GetCurrentTenantQuery query, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.Tenant;
        return ValueTask.FromResult(new TenantDto(
            tenant.Id, tenant.Name, tenant.Currency, tenant.TimeZone, tenant.PaymentProvider, tenant.Privacy.Regime, tenant.Locales));
    }
}
