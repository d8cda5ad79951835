using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace CustomiseYou.WebApi.IntegrationTests.Jobs;

/// <summary>
/// The schedule code on the shipped regions (appsettings.json): crons run on the region's wall clock, so a DST change
/// moves the UTC instant and keeps the local time.
/// </summary>
public sealed class JobScheduleTests
{
    private static readonly ConfigurationTenantStore Tenants = ConfigurationTenantStore.Load(
        new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json").Build());

    private static readonly JobSchedule Payouts = JobSchedule.FromTenant(tenant => tenant.PayoutSchedule);

    [Fact]
    public void Europe_pays_out_on_Monday_at_six_Berlin_time_across_the_spring_change()
    {
        // Sunday 2026-03-29 02:00 CET becomes 03:00 CEST: the Monday before is 05:00 UTC, the Monday after 04:00 UTC.
        TenantJobTriggers.NextFireTimes(Payouts, Tenant("europe"), Utc("2026-03-20T00:00:00Z"), 3).ShouldBe(
            [Utc("2026-03-23T05:00:00Z"), Utc("2026-03-30T04:00:00Z"), Utc("2026-04-06T04:00:00Z")]);
    }

    [Fact]
    public void Europe_pays_out_on_Monday_at_six_Berlin_time_across_the_autumn_change()
    {
        // Sunday 2026-10-25 03:00 CEST falls back to 02:00 CET: 04:00 UTC before, 05:00 UTC after.
        TenantJobTriggers.NextFireTimes(Payouts, Tenant("europe"), Utc("2026-10-17T00:00:00Z"), 3).ShouldBe(
            [Utc("2026-10-19T04:00:00Z"), Utc("2026-10-26T05:00:00Z"), Utc("2026-11-02T05:00:00Z")]);
    }

    [Fact]
    public void South_asia_pays_out_daily_at_six_Kolkata_time_which_is_half_past_midnight_UTC()
    {
        // India keeps UTC+05:30 all year, so the same UTC instant every day, across Europe's DST change too.
        TenantJobTriggers.NextFireTimes(Payouts, Tenant("south-asia"), Utc("2026-03-28T00:00:00Z"), 3).ShouldBe(
            [Utc("2026-03-28T00:30:00Z"), Utc("2026-03-29T00:30:00Z"), Utc("2026-03-30T00:30:00Z")]);
    }

    [Fact]
    public void A_tenant_trigger_is_keyed_by_job_and_tenant_in_the_tenants_time_zone_with_the_jobs_misfire_policy()
    {
        var job = JobCatalog.Find("expire-unpaid-orders")!;

        var trigger = (ICronTrigger)TenantJobTriggers.Build(job, Tenant("south-asia"));

        trigger.Key.ShouldBe(new TriggerKey("expire-unpaid-orders", "south-asia"));
        trigger.JobKey.ShouldBe(new JobKey("expire-unpaid-orders", "south-asia"));
        trigger.CronExpressionString.ShouldBe("0 * * * * ?");
        trigger.TimeZone.Id.ShouldBe("Asia/Kolkata");
        trigger.MisfireInstruction.ShouldBe(CronTriggerMisfireInstruction.DoNothing);
        TenantJobTriggers.IsCurrent(trigger, TenantJobTriggers.Build(job, Tenant("south-asia"))).ShouldBeTrue();
        TenantJobTriggers.IsCurrent(trigger, TenantJobTriggers.Build(job, Tenant("europe"))).ShouldBeFalse();
    }

    [Fact]
    public void Every_catalog_job_has_a_valid_schedule_for_every_region()
    {
        foreach (var job in JobCatalog.All)
        {
            foreach (var tenant in Tenants.All)
            {
                TenantJobTriggers.NextFireTimes(job.Schedule, tenant, Utc("2026-01-01T00:00:00Z"), 1).ShouldNotBeEmpty($"{job.Name} in {tenant.Id}");
            }
        }
    }

    private static Tenant Tenant(string id) => Tenants.Find(id)!;

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
