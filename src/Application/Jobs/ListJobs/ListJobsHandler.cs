using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Jobs.ListJobs;

public sealed class ListJobsHandler(IJobMonitor monitor) : IQueryHandler<ListJobsQuery, Result<IReadOnlyList<JobStatusDto>>>
{
    public async ValueTask<Result<IReadOnlyList<JobStatusDto>>> Handle(ListJobsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<JobStatusDto>>.Success(await monitor.ListAsync(cancellationToken));
}
