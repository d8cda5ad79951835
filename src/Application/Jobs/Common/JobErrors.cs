using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Jobs.Common;

public static class JobErrors
{
    public static Error JobNotFound(string job) => Error.NotFound("job.not_found", $"There is no job '{job}'.");

    public static Error RunNotFound(Guid id) => Error.NotFound("job.run_not_found", $"Job run '{id}' does not exist.");
}
