using System.Reflection;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using Mediator;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Rejects a message marked <see cref="AuthorizeAttribute"/> when the caller is anonymous (401), is a secret API key
/// without the message's <see cref="ApiScopeAttribute"/> scope (403; no scope declared: no key may), or lacks the role (403).
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly AuthorizeAttribute? Requirement = typeof(TMessage).GetCustomAttribute<AuthorizeAttribute>();
    private static readonly string? Scope = typeof(TMessage).GetCustomAttribute<ApiScopeAttribute>()?.Scope;

    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (Requirement is not null)
        {
            if (!currentUser.IsAuthenticated)
            {
                throw AccessDeniedException.NotAuthenticated();
            }

            if (currentUser.ApiKey is { } key && (Scope is null || !key.Scopes.Contains(Scope)))
            {
                throw AccessDeniedException.MissingScope(Scope);
            }

            if (Requirement.Roles.Count > 0 && !Requirement.Roles.Any(currentUser.IsInRole))
            {
                throw AccessDeniedException.MissingRole(Requirement.Roles);
            }
        }

        return next(message, cancellationToken);
    }
}
