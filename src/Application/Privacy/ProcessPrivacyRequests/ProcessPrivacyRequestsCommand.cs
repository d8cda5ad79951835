using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.ProcessPrivacyRequests;

/// <summary>
/// Run by the scheduler per tenant (inside <c>ITenantContext.Change</c>): withdraws lapsed export links, then builds
/// the due exports and carries out the due erasures of the current tenant, at most <see cref="BatchSize"/> of each.
/// Safe to run twice, also at the same time: each request is claimed under its row version before any work.
/// </summary>
[Transaction(TransactionPolicy.Coordinates)]
public sealed record ProcessPrivacyRequestsCommand(int BatchSize = 20) : ICommand<Result<PrivacyRunSummary>>;
