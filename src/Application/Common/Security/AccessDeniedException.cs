using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Common.Security;

/// <summary>The caller is not signed in (401) or lacks the role a use case requires (403).</summary>
public sealed class AccessDeniedException(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;

    public static AccessDeniedException NotAuthenticated() =>
        new(new Error("auth.required", "Sign in to do this.", ErrorType.Unauthorized));

    public static AccessDeniedException MissingRole(IEnumerable<string> roles) =>
        new(Error.Forbidden("auth.forbidden", $"This needs one of the roles: {string.Join(", ", roles)}."));

    public static AccessDeniedException MissingScope(string? scope) =>
        new(Error.Forbidden("api_key.scope_missing", scope is null
            ? "API keys cannot do this; sign in instead."
            : $"This API key lacks the scope '{scope}'."));
}
