using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.CompletePrivacyRequest;

/// <summary>Does the work of a claimed (Running) request: builds the export, or erases the subject; answers the new status.</summary>
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record CompletePrivacyRequestCommand(Guid Id) : ICommand<Result<PrivacyRequestStatus>>;
