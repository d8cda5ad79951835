using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.DownloadMyExport;

public sealed class DownloadMyExportHandler(ExportDownloads downloads) : ICommandHandler<DownloadMyExportCommand, Result<ExportDownload>>
{
    public async ValueTask<Result<ExportDownload>> Handle(DownloadMyExportCommand command, CancellationToken cancellationToken) =>
        await downloads.OpenAsync(command.Id, PrivacyActorRole.Subject, cancellationToken);
}
