using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestErasure;

public sealed class RequestErasureHandler(PrivacyRequests privacy, PrivacyAudit audit)
    : ICommandHandler<RequestErasureCommand, Result<PrivacyRequestDto>>
{
    public async ValueTask<Result<PrivacyRequestDto>> Handle(RequestErasureCommand command, CancellationToken cancellationToken) =>
        await privacy.RequestErasureAsync(command.UserId, audit.OfficerRole, command.Reason, cancellationToken);
}
