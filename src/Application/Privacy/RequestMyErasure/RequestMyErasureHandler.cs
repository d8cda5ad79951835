using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestMyErasure;

public sealed class RequestMyErasureHandler(PrivacyRequests privacy, ICurrentUser currentUser)
    : ICommandHandler<RequestMyErasureCommand, Result<PrivacyRequestDto>>
{
    public async ValueTask<Result<PrivacyRequestDto>> Handle(RequestMyErasureCommand command, CancellationToken cancellationToken) =>
        await privacy.RequestErasureAsync(currentUser.RequiredUserId, PrivacyActorRole.Subject, command.Reason, cancellationToken);
}
