using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Runs a command as its <see cref="TransactionAttribute"/> declares: in one transaction committed after its handler
/// succeeded (a failed <see cref="IResultBase"/> or an exception commits nothing, so bad input never leaves half a change
/// behind; <see cref="TransactionPolicy.KeepFailures"/> commits failures too), or not wrapped at all when the handler
/// commits itself or coordinates other commands.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    private static readonly TransactionPolicy? Declared = TransactionAttribute.Of(typeof(TMessage));
    private static readonly bool Wraps = TransactionAttribute.WrapsInTransaction(typeof(TMessage));

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var policy = Declared ?? throw new InvalidOperationException(
            $"{typeof(TMessage).Name} declares no transaction policy: add [Transaction(TransactionPolicy.…)].");
        if (!Wraps)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        if (policy is TransactionPolicy.KeepFailures || response is not IResultBase { IsSuccess: false })
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return response;
    }
}
