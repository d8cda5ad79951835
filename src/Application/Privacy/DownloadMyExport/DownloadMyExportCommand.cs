using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.DownloadMyExport;

/// <summary>Downloads an export the caller asked for (a command: the download is written to the audit log).</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record DownloadMyExportCommand(Guid Id) : ICommand<Result<ExportDownload>>;
