using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.ExpireExport;

public sealed class ExpireExportHandler(IPrivacyRequestRepository requests, IFileStore files, TimeProvider clock)
    : ICommandHandler<ExpireExportCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(ExpireExportCommand command, CancellationToken cancellationToken)
    {
        var request = await requests.GetByIdAsync(command.Id, cancellationToken);
        if (request is null || request.Status != PrivacyRequestStatus.Ready || request.StatusAt(clock.GetUtcNow()) != PrivacyRequestStatus.Expired)
        {
            return false;
        }

        // Deleted first: should the save fail, the next run finds the export still Ready and deletes again (a no-op).
        await files.DeleteAsync(request.FileKey!, cancellationToken);
        request.Expire();
        return true;
    }
}
