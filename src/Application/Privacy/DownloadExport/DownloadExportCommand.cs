using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.DownloadExport;

/// <summary>A compliance officer downloads any ready export of the region (audited).</summary>
[Authorize(Roles.Compliance)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record DownloadExportCommand(Guid Id) : ICommand<Result<ExportDownload>>;
