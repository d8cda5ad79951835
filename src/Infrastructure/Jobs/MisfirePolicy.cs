namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// What a job does when its fire was missed (every node down, or busy, past the misfire threshold). Chosen per job
/// in the catalog, with the reason beside it.
/// </summary>
public enum MisfirePolicy
{
    /// <summary>Fire once as soon as possible, then follow the schedule: for work that must not wait a whole period.</summary>
    FireOnceNow,

    /// <summary>Skip the missed fires and wait for the next one: for frequent work that the next fire covers anyway.</summary>
    Skip,
}
