using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.DownloadExport;

public sealed class DownloadExportHandler(ExportDownloads downloads) : ICommandHandler<DownloadExportCommand, Result<ExportDownload>>
{
    public async ValueTask<Result<ExportDownload>> Handle(DownloadExportCommand command, CancellationToken cancellationToken) =>
        await downloads.OpenAsync(command.Id, PrivacyActorRole.Compliance, cancellationToken);
}
