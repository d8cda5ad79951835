using CustomiseYou.Application.Jobs.Common;

namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>Read side of the scheduler for the current tenant: schedules and the recorded runs.</summary>
public interface IJobMonitor
{
    Task<IReadOnlyList<JobStatusDto>> ListAsync(CancellationToken cancellationToken);

    Task<JobRunDto?> FindRunAsync(Guid runId, CancellationToken cancellationToken);
}
