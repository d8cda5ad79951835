using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestMyExport;

public sealed class RequestMyExportHandler(PrivacyRequests privacy, ICurrentUser currentUser, ITenantContext tenant)
    : ICommandHandler<RequestMyExportCommand, Result<PrivacyRequestDto>>
{
    public async ValueTask<Result<PrivacyRequestDto>> Handle(RequestMyExportCommand command, CancellationToken cancellationToken)
    {
        var locale = ExportLocale.Resolve(command.Locale, command.AcceptLanguage, tenant.Tenant.Locales);
        return await privacy.RequestExportAsync(currentUser.RequiredUserId, PrivacyActorRole.Subject, reason: null, locale, cancellationToken);
    }
}
