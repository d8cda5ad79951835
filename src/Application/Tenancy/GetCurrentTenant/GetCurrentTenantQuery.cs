using CustomiseYou.Application.Common.Security;
using Mediator;

namespace CustomiseYou.Application.Tenancy.GetCurrentTenant;

[PublishableKeyAllowed]
public sealed record GetCurrentTenantQuery : IQuery<TenantDto>;
