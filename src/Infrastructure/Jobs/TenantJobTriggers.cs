using CustomiseYou.Application.Common.Tenancy;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// The Quartz identity and schedule of one (job, tenant): job and trigger are both keyed <c>job.tenant</c>, so each
/// tenant's run of a job is its own non-concurrent Quartz job, and tenants never wait for each other.
/// </summary>
public static class TenantJobTriggers
{
    public static JobKey JobKey(string job, string tenantId) => new(job, tenantId);

    public static TriggerKey TriggerKey(string job, string tenantId) => new(job, tenantId);

    /// <summary>The job's cron for this tenant, evaluated in the tenant's time zone (DST included).</summary>
    public static CronExpression Cron(JobSchedule schedule, Tenant tenant) =>
        new(schedule.CronFor(tenant), TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone));

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/>, in UTC.</summary>
    public static IReadOnlyList<DateTimeOffset> NextFireTimes(JobSchedule schedule, Tenant tenant, DateTimeOffset after, int count)
    {
        var cron = Cron(schedule, tenant);
        var times = new List<DateTimeOffset>(count);
        var next = cron.GetNextValidTimeAfter(after);
        while (next is { } time && times.Count < count)
        {
            times.Add(time);
            next = cron.GetNextValidTimeAfter(time);
        }

        return times;
    }

    public static ITrigger Build(TenantJob job, Tenant tenant)
    {
        var cron = Cron(job.Schedule, tenant);
        return TriggerBuilder.Create()
            .WithIdentity(TriggerKey(job.Name, tenant.Id))
            .ForJob(JobKey(job.Name, tenant.Id))
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(cron.TimeZone).WithMisfireInstruction(Misfire(job.Misfire)))
            .Build();
    }

    /// <summary>Whether a stored trigger already has this schedule, so a restart keeps its fire history instead of replacing it.</summary>
    public static bool IsCurrent(ITrigger stored, ITrigger wanted) =>
        stored is ICronTrigger storedCron && wanted is ICronTrigger wantedCron
        && storedCron.CronExpressionString == wantedCron.CronExpressionString
        && storedCron.TimeZone.Id == wantedCron.TimeZone.Id
        && storedCron.MisfireInstruction == wantedCron.MisfireInstruction;

    private static CronTriggerMisfireInstruction Misfire(MisfirePolicy policy) => policy switch
    {
        MisfirePolicy.FireOnceNow => CronTriggerMisfireInstruction.FireAndProceed,
        MisfirePolicy.Skip => CronTriggerMisfireInstruction.DoNothing,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };
}
