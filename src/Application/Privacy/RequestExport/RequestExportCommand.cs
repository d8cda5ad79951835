using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestExport;

/// <summary>
/// A compliance officer exports a person's data (e.g. for a request received by post). The README is in
/// <see cref="Locale"/> when given, else in the region's first locale: it is written for the subject, not the officer.
/// </summary>
[Authorize(Roles.Compliance)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RequestExportCommand(Guid UserId, string? Reason, string? Locale) : ICommand<Result<PrivacyRequestDto>>;
