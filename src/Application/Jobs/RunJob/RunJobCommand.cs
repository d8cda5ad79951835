using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Jobs.RunJob;

/// <summary>An admin runs one job for the current tenant now, next to its schedule; answered before the run starts.</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RunJobCommand(string Job) : ICommand<Result<JobRunAccepted>>;
