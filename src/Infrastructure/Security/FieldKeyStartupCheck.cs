using Microsoft.Extensions.Hosting;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Fails start-up, not the first request that stores a phone number, when a region's keys are missing or malformed
/// (or are the published development keys outside Development): building the provider checks every ring.
/// <c>migrate</c> fails the same way, at its first database use.
/// </summary>
internal sealed class FieldKeyStartupCheck(IFieldKeyProvider keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => keys.All.Count > 0
        ? Task.CompletedTask
        : throw new InvalidOperationException("No region has field-encryption keys.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
