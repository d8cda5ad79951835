using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Jobs.GetJobRun;

/// <summary>One recorded run of the current tenant, to follow a run that was asked for (admin).</summary>
[Authorize(Roles.Admin)]
public sealed record GetJobRunQuery(Guid RunId) : IQuery<Result<JobRunDto>>;
