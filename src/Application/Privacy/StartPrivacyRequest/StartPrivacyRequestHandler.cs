using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.StartPrivacyRequest;

/// <summary>Two runs claiming at once: the second save fails on the row version (409) and that run skips the request.</summary>
public sealed class StartPrivacyRequestHandler(IPrivacyRequestRepository requests, TimeProvider clock)
    : ICommandHandler<StartPrivacyRequestCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(StartPrivacyRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await requests.GetByIdAsync(command.Id, cancellationToken);
        return request is not null && request.TryStart(clock.GetUtcNow());
    }
}
