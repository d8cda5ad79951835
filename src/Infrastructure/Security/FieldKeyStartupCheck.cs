using Microsoft.Extensions.Hosting;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Fails start-up, not the first request that stores a phone number, when a region's keys are missing or malformed;
/// and refuses the published development keys (ids starting <c>dev-</c>) outside Development.
/// </summary>
internal sealed class FieldKeyStartupCheck(IFieldKeyProvider keys, IHostEnvironment environment) : IHostedService
{
    public const string DevelopmentKeyPrefix = "dev-";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var ring in keys.All)
        {
            if (!environment.IsDevelopment() && ring.KeyIds.Any(id => id.StartsWith(DevelopmentKeyPrefix, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException(
                    $"Tenant '{ring.TenantId}' uses the published development encryption keys outside Development. "
                    + $"Configure keys of its own in 'Tenants:{ring.TenantId}:Encryption'.");
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
