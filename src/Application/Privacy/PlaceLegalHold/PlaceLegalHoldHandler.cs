using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Privacy.PlaceLegalHold;

public sealed class PlaceLegalHoldHandler(
    ILegalHoldRepository holds, IUserRepository users, PrivacyAudit audit, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<PlaceLegalHoldCommand, Result<LegalHoldDto>>
{
    public async ValueTask<Result<LegalHoldDto>> Handle(PlaceLegalHoldCommand command, CancellationToken cancellationToken)
    {
        if (await users.GetByIdAsync(command.UserId, cancellationToken) is null)
        {
            return PrivacyErrors.SubjectNotFound(command.UserId);
        }

        var now = clock.GetUtcNow();
        var hold = LegalHold.Place(Guid.CreateVersion7(now), command.UserId, command.Reason, currentUser.RequiredUserId, now);
        holds.Add(hold);
        audit.Record(AuditAction.LegalHoldPlaced, audit.OfficerRole, command.UserId, hold.Id, hold.Reason);
        return LegalHoldDto.From(hold);
    }
}
