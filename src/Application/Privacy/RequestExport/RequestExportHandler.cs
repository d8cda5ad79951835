using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestExport;

public sealed class RequestExportHandler(PrivacyRequests privacy, PrivacyAudit audit, ITenantContext tenant)
    : ICommandHandler<RequestExportCommand, Result<PrivacyRequestDto>>
{
    public async ValueTask<Result<PrivacyRequestDto>> Handle(RequestExportCommand command, CancellationToken cancellationToken)
    {
        var locale = ExportLocale.Resolve(command.Locale, acceptLanguage: null, tenant.Tenant.Locales);
        return await privacy.RequestExportAsync(command.UserId, audit.OfficerRole, command.Reason, locale, cancellationToken);
    }
}
