namespace CustomiseYou.Application.Jobs.Common;

/// <summary><c>Queued → Running → Succeeded | Failed</c>; scheduled runs start at Running.</summary>
public enum JobRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
