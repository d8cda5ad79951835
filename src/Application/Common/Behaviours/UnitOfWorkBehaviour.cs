using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Commits a command's changes once, after its handler succeeded. A failed <see cref="IResultBase"/> or an exception
/// commits nothing (the transaction rolls back), so bad input never leaves half a change behind, unless the command
/// is an <see cref="ICommitFailedResult"/>. An <see cref="ICoordinatingCommand"/> or <see cref="ICommitsItself"/> is not wrapped at all.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is ICoordinatingCommand or ICommitsItself)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        if (message is ICommitFailedResult || response is not IResultBase { IsSuccess: false })
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return response;
    }
}
