namespace CustomiseYou.Application.Jobs;

/// <summary><c>Queued → Running → Succeeded | Failed</c>; scheduled runs start at Running.</summary>
public enum JobRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
