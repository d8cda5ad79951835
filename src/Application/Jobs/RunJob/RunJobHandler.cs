using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Jobs.RunJob;

public sealed class RunJobHandler(IJobScheduler scheduler, ITenantContext tenant) : ICommandHandler<RunJobCommand, Result<JobRunAccepted>>
{
    public async ValueTask<Result<JobRunAccepted>> Handle(RunJobCommand command, CancellationToken cancellationToken)
    {
        if (!scheduler.Jobs.Contains(command.Job, StringComparer.Ordinal))
        {
            return JobErrors.JobNotFound(command.Job);
        }

        return new JobRunAccepted(await scheduler.TriggerNowAsync(command.Job, tenant.Tenant.Id, cancellationToken));
    }
}
