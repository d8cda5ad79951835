using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.ReleaseLegalHold;

public sealed class ReleaseLegalHoldHandler(ILegalHoldRepository holds, PrivacyAudit audit, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ReleaseLegalHoldCommand, Result<LegalHoldDto>>
{
    public async ValueTask<Result<LegalHoldDto>> Handle(ReleaseLegalHoldCommand command, CancellationToken cancellationToken)
    {
        var hold = await holds.GetByIdAsync(command.Id, cancellationToken);
        if (hold is null)
        {
            return PrivacyErrors.HoldNotFound(command.Id);
        }

        hold.Release(currentUser.RequiredUserId, command.Reason, clock.GetUtcNow());
        audit.Record(AuditAction.LegalHoldReleased, audit.OfficerRole, hold.UserId, hold.Id, hold.ReleaseReason);
        return LegalHoldDto.From(hold);
    }
}
