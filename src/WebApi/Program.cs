using CustomiseYou.Application;
using CustomiseYou.Infrastructure;
using CustomiseYou.Infrastructure.Identity;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi;
using CustomiseYou.WebApi.Infrastructure;

if (args is [HealthProbe.Command, ..])
{
    Environment.ExitCode = await HealthProbe.RunAsync(args, TimeSpan.FromSeconds(3));
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWebApi();
// SIGTERM: stop taking requests, let those in flight finish for up to this long (jobs are interrupted), then exit.
builder.Services.Configure<HostOptions>(host =>
    host.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Shutdown:DrainSeconds", 20)));

var app = builder.Build();
var seedDemoData = app.Environment.IsDevelopment();

// `dotnet run --project src/WebApi -- migrate`: bring every tenant database and the scheduler database up to date, then exit.
if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    await MigrateAsync(app, seedDemoData);
    return;
}

if (app.Configuration.GetValue("Database:MigrateOnStartup", app.Environment.IsDevelopment()))
{
    await MigrateAsync(app, seedDemoData);
}

// Fail at start-up, not at the first sign-in, when the token signing key is missing or weak.
_ = app.Services.GetRequiredService<JwtSigningKey>();
app.UseWebApi();
await app.RunAsync();

static async Task MigrateAsync(WebApplication app, bool seedDemoData)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<TenantDatabaseMigrator>().MigrateAllAsync(seedDemoData, CancellationToken.None);
    await scope.ServiceProvider.GetRequiredService<SchedulerDatabaseMigrator>().MigrateAsync(CancellationToken.None);
}

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
