using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.CompletePrivacyRequest;
using CustomiseYou.Application.Privacy.ExpireExport;
using CustomiseYou.Application.Privacy.StartPrivacyRequest;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.ProcessPrivacyRequests;

/// <summary>
/// Each step runs as its own use case (<see cref="IIsolatedCommandRunner"/>), so each commits on its own: a claim is
/// visible (Running) while the work runs, and one request's failure never undoes another's. An exception stops the
/// run and surfaces; the request it hit stays Running until its lease passes and is then retried, up to
/// <see cref="PrivacyRequest.MaxAttempts"/> times.
/// </summary>
public sealed class ProcessPrivacyRequestsHandler(
    IPrivacyRequestRepository requests, IIsolatedCommandRunner isolated, TimeProvider clock)
    : ICommandHandler<ProcessPrivacyRequestsCommand, Result<PrivacyRunSummary>>
{
    public async ValueTask<Result<PrivacyRunSummary>> Handle(ProcessPrivacyRequestsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = 0;
        foreach (var id in await requests.GetLapsedExportIdsAsync(now, command.BatchSize, cancellationToken))
        {
            if (await TrySendAsync(new ExpireExportCommand(id), cancellationToken) is { IsSuccess: true, Value: true })
            {
                expired++;
            }
        }

        var outcomes = new List<PrivacyRequestStatus>();
        foreach (var id in await requests.GetDueIdsAsync(now, command.BatchSize, cancellationToken))
        {
            if (await TrySendAsync(new StartPrivacyRequestCommand(id), cancellationToken) is not { IsSuccess: true, Value: true })
            {
                continue;
            }

            if (await TrySendAsync(new CompletePrivacyRequestCommand(id), cancellationToken) is { } outcome)
            {
                outcomes.Add(outcome.IsSuccess ? outcome.Value : PrivacyRequestStatus.Failed);
            }
        }

        return new PrivacyRunSummary(
            outcomes.Count(s => s == PrivacyRequestStatus.Ready),
            outcomes.Count(s => s == PrivacyRequestStatus.Completed),
            outcomes.Count(s => s == PrivacyRequestStatus.Blocked),
            outcomes.Count(s => s == PrivacyRequestStatus.Failed),
            expired);
    }

    /// <summary>
    /// A step another run committed first (a claim, an expiry, or work on a request whose lease it re-took) is theirs:
    /// the row version refuses this run's save, nothing of it is kept, and the run moves on (null).
    /// </summary>
    private async Task<Result<T>?> TrySendAsync<T>(ICommand<Result<T>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await isolated.RunAsync(command, cancellationToken);
        }
        catch (ConflictException)
        {
            return null;
        }
    }
}
