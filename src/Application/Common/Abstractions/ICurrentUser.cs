namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>The caller of the current request, as established by the web host's authentication.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    /// <summary>The session (refresh-token family) the access token was issued for.</summary>
    Guid? SessionId { get; }

    bool IsInRole(string role);

    /// <summary>The secret API key the caller authenticated with; null for a signed-in person or an anonymous caller.</summary>
    ApiKeyCaller? ApiKey => null;

    /// <summary>The caller's id; throws when nobody is signed in, which the authorization behaviour prevents.</summary>
    Guid RequiredUserId => UserId ?? throw new InvalidOperationException("No signed-in user; mark the message [Authorize].");
}

/// <summary>Where a request comes from, for session lists. The address is already masked.</summary>
public interface IClientInfo
{
    string? IpAddress { get; }

    string? UserAgent { get; }

    /// <summary>The Accept-Language header as sent; null outside a request or when absent.</summary>
    string? AcceptLanguage { get; }
}

/// <summary>A secret API key acting for its owner (<see cref="ICurrentUser.UserId"/>), limited to <see cref="Scopes"/>.</summary>
public sealed record ApiKeyCaller(Guid Id, string PublicId, IReadOnlyList<string> Scopes);
