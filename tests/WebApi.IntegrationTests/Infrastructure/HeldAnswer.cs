namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>A provider answer that waits until the test releases it (<see cref="ProviderStubs.Hold"/>).</summary>
public sealed class HeldAnswer
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a request has reached the provider and is waiting for its answer.</summary>
    public Task Arrived => _arrived.Task;

    internal Task Released => _released.Task;

    internal void Arrive() => _arrived.TrySetResult();

    public void Release() => _released.TrySetResult();

    /// <summary>Sends <paramref name="send"/>, runs <paramref name="whileWaiting"/> once the API waits on this answer, then releases it.</summary>
    public async Task<HttpResponseMessage> WhileWaitingAsync(Func<Task<HttpResponseMessage>> send, Func<Task> whileWaiting)
    {
        var sent = send();
        try
        {
            await Arrived.WaitAsync(TimeSpan.FromSeconds(30));
            await whileWaiting();
        }
        finally
        {
            Release();
        }

        return await sent;
    }
}
