using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Jobs.ListJobs;

/// <summary>Every job of the current tenant with its next and last fire and its latest run (admin).</summary>
[Authorize(Roles.Admin)]
public sealed record ListJobsQuery : IQuery<Result<IReadOnlyList<JobStatusDto>>>;
