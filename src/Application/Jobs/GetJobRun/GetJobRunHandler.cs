using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Jobs.GetJobRun;

public sealed class GetJobRunHandler(IJobMonitor monitor) : IQueryHandler<GetJobRunQuery, Result<JobRunDto>>
{
    public async ValueTask<Result<JobRunDto>> Handle(GetJobRunQuery query, CancellationToken cancellationToken) =>
        await monitor.FindRunAsync(query.RunId, cancellationToken) is { } run ? run : JobErrors.RunNotFound(query.RunId);
}
