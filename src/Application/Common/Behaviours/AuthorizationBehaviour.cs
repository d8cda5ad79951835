using System.Reflection;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using Mediator;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>Rejects a message marked <see cref="AuthorizeAttribute"/> when the caller is anonymous (401) or lacks the role (403).</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly AuthorizeAttribute? Requirement = typeof(TMessage).GetCustomAttribute<AuthorizeAttribute>();

    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (Requirement is not null)
        {
            if (!currentUser.IsAuthenticated)
            {
                throw AccessDeniedException.NotAuthenticated();
            }

            if (Requirement.Roles.Count > 0 && !Requirement.Roles.Any(currentUser.IsInRole))
            {
                throw AccessDeniedException.MissingRole(Requirement.Roles);
            }
        }

        return next(message, cancellationToken);
    }
}
