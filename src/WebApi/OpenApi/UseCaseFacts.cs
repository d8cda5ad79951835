using System.Collections.Concurrent;
using System.Reflection;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using AuthorizeAttribute = CustomiseYou.Application.Common.Security.AuthorizeAttribute;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>What an endpoint's use case requires of the caller, read from the message type and the endpoint's metadata.</summary>
internal sealed record UseCaseFacts(bool Anonymous, bool SignInRequired, IReadOnlyList<string> Roles, bool Validated, bool Idempotent)
{
    /// <summary>The scope a secret API key needs to call it; null when no key may (or none is needed).</summary>
    public string? ApiScope { get; init; }

    /// <summary>Whether a publishable key alone may call it.</summary>
    public bool Publishable { get; init; }

    private static readonly ConcurrentDictionary<Type, bool> ValidatedMessages = new();

    public static UseCaseFacts For(IList<object> endpointMetadata)
    {
        var message = endpointMetadata.OfType<UseCaseMetadata>().LastOrDefault()?.MessageType;
        var anonymous = endpointMetadata.OfType<IAllowAnonymous>().Any();
        var authorize = message?.GetCustomAttribute<AuthorizeAttribute>();
        var endpointRoles = endpointMetadata.OfType<IAuthorizeData>()
            .SelectMany(a => a.Roles?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
        var signIn = !anonymous && (authorize is not null || endpointMetadata.OfType<IAuthorizeData>().Any());
        string[] roles = [.. (authorize?.Roles ?? []).Concat(endpointRoles).Distinct(StringComparer.Ordinal)];
        return new UseCaseFacts(
            anonymous,
            signIn,
            roles,
            message is not null && ValidatedMessages.GetOrAdd(message, HasValidator),
            message?.IsAssignableTo(typeof(IIdempotentCommand)) == true)
        {
            ApiScope = signIn ? message?.GetCustomAttribute<ApiScopeAttribute>()?.Scope : null,
            Publishable = message?.IsDefined(typeof(PublishableKeyAllowedAttribute), inherit: true) == true,
        };
    }

    private static bool HasValidator(Type message)
    {
        var validator = typeof(IValidator<>).MakeGenericType(message);
        return message.Assembly.GetTypes().Any(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(validator));
    }
}
