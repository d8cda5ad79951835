using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CustomiseYou.Infrastructure.Identity.Revocation;

/// <summary>
/// Listens on each PostgreSQL tenant database for the notifications its triggers send when a session is revoked or a
/// user's roles or erasure change, or an API key is revoked or rotated
/// (migrations AccessRevocationNotifications, ApiKeys). PostgreSQL delivers them only when the
/// change commits, whoever made it, so every node drops the entry at the same moment. While not connected, the
/// tenant's cache is untrusted, so nothing missed meanwhile can be answered from memory.
/// </summary>
internal sealed partial class RevocationListener(ConfigurationTenantStore tenants, SessionAccessCache cache, ILogger<RevocationListener> logger)
    : BackgroundService
{
    public const string Channel = "access_revoked";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(tenants.All
            .Where(t => DatabaseProviderSetup.NotifiesCommittedChanges(tenants.InfrastructureOf(t).Database))
            .Select(t => ListenAsync(t, stoppingToken)));

    private async Task ListenAsync(Tenant tenant, CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(tenants.InfrastructureOf(tenant).Database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 15, // a dead connection is noticed while waiting, not at the next notification
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Apply(tenant.Id, e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                cache.Reset(tenant.Id, trusted: true);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
            {
                cache.Reset(tenant.Id, trusted: false);
                LogListenerDown(tenant.Id, exception);
                await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void Apply(string tenantId, string payload)
    {
        if (payload.StartsWith("k:", StringComparison.Ordinal) && payload.Length > 2)
        {
            cache.EvictKey(tenantId, payload[2..]);
            return;
        }

        if (payload.Length > 2 && Guid.TryParse(payload.AsSpan(2), out var id))
        {
            switch (payload[0])
            {
                case 's':
                    cache.EvictSession(tenantId, id);
                    return;
                case 'u':
                    cache.EvictUser(tenantId, id);
                    return;
            }
        }

        // Unknown payload: forget everything rather than miss a revocation.
        cache.Reset(tenantId, trusted: true);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Revocation listener of tenant {TenantId} lost its connection; checks read the database until it is back")]
    private partial void LogListenerDown(string tenantId, Exception exception);
}
