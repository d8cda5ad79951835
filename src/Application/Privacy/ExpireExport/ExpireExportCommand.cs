using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.ExpireExport;

/// <summary>Deletes the file of a ready export whose link has run out and marks it Expired; false when there was nothing to do.</summary>
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record ExpireExportCommand(Guid Id) : ICommand<Result<bool>>;
