using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Commits a command's changes once, after its handler succeeded. A failed <see cref="IResultBase"/> or an exception
/// commits nothing, so bad input never leaves half a change behind.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (response is not IResultBase { IsSuccess: false })
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
