namespace CustomiseYou.Infrastructure.Payments.PayPal;

/// <summary>
/// PayPal's OAuth access token, shared by every request of the process and renewed shortly before it expires; one
/// caller at a time asks for a new one, the others wait for it.
/// </summary>
public sealed class PayPalAccessTokens(TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile Token? _current;

    /// <param name="issue">Asks PayPal for a token; returns it and its lifetime.</param>
    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Value, TimeSpan Lifetime)>> issue, CancellationToken cancellationToken)
    {
        if (Valid() is { } token)
        {
            return token;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (Valid() is { } renewed)
            {
                return renewed;
            }

            var (value, lifetime) = await issue(cancellationToken);
            // A token shorter-lived than the margin is used for half its life instead.
            var margin = lifetime > RenewBeforeExpiry * 2 ? RenewBeforeExpiry : lifetime / 2;
            _current = new Token(value, clock.GetUtcNow() + lifetime - margin);
            return value;
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>Drops a token PayPal no longer accepts (revoked, or the credentials changed).</summary>
    public void Forget(string value)
    {
        if (_current?.Value == value)
        {
            _current = null;
        }
    }

    public void Dispose() => _renewal.Dispose();

    private string? Valid() => _current is { } token && clock.GetUtcNow() < token.RenewAt ? token.Value : null;

    private sealed record Token(string Value, DateTimeOffset RenewAt);
}
