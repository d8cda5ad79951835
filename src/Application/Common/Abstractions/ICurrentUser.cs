namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>The caller of the current request, as established by the web host's authentication.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    /// <summary>The session (refresh-token family) the access token was issued for.</summary>
    Guid? SessionId { get; }

    bool IsInRole(string role);

    /// <summary>The caller's id; throws when nobody is signed in, which the authorization behaviour prevents.</summary>
    Guid RequiredUserId => UserId ?? throw new InvalidOperationException("No signed-in user; mark the message [Authorize].");
}

/// <summary>Where a request comes from, for session lists. The address is already masked.</summary>
public interface IClientInfo
{
    string? IpAddress { get; }

    string? UserAgent { get; }
}
