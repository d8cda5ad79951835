using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.ExpireUnpaidOrders;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Releases the stock of unpaid checkouts: every interval, each tenant in its own scope, unpaid orders past their
/// due time are cancelled with reason PaymentTimeout. Safe to run on several instances: each order is changed under
/// its row version, so two instances cannot both cancel it. (The scheduling issue moves this onto Quartz.)
/// </summary>
public sealed partial class UnpaidOrderExpiryJob(
    IServiceScopeFactory scopes, ITenantStore tenants, IConfiguration configuration, ILogger<UnpaidOrderExpiryJob> logger) : BackgroundService
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var expired = 0;
        foreach (var tenant in tenants.All)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var tenantScope = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant);
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireUnpaidOrdersCommand(), cancellationToken);
            expired += result.Value;
            if (result.Value > 0)
            {
                LogExpired(tenant.Id, result.Value);
            }
        }

        return expired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:UnpaidOrderExpiry:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Jobs:UnpaidOrderExpiry:IntervalSeconds", 60)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Logged and retried on the next tick: one bad run must not stop the releases for good.
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId}: {Count} unpaid orders expired and their stock released")]
    private partial void LogExpired(string tenantId, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unpaid order expiry run failed; retrying next interval")]
    private partial void LogFailed(Exception exception);
}
