using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Writes an audit line for every use case a secret API key runs: who (the owner it acted for), which key, which use
/// case. A command's line joins its transaction, so it exists exactly when the change does; a query's is saved after it
/// answered. Innermost behaviour, so refusals (401/403/400) stay in the request log only.
/// </summary>
public sealed class ApiKeyAuditBehaviour<TMessage, TResponse>(
    ICurrentUser currentUser, IAuditEntryRepository entries, IUnitOfWork unitOfWork, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly bool CommittedByUnitOfWork =
        typeof(TMessage).IsAssignableTo(typeof(IBaseCommand)) && TransactionAttribute.WrapsInTransaction(typeof(TMessage));

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (currentUser.ApiKey is not { } key)
        {
            return await next(message, cancellationToken);
        }

        entries.Add(AuditEntry.Record(clock.GetUtcNow(), currentUser.UserId, PrivacyActorRole.ApiKey, AuditAction.ApiKeyUsed,
            subjectUserId: null, targetId: key.Id, reason: null, detail: $"key={key.PublicId} useCase={typeof(TMessage).Name}"));
        var response = await next(message, cancellationToken);
        if (!CommittedByUnitOfWork)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
