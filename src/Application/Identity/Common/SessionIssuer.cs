using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Application.Identity.Common;

/// <summary>Starts a session for a signed-in user and hands out its first token pair.</summary>
public sealed class SessionIssuer(ISessionRepository sessions, IAccessTokenIssuer tokens, IClientInfo client, TimeProvider clock)
{
    public TokenPair Start(User user)
    {
        var refreshToken = SecretHash.NewToken();
        var session = Session.Start(
            Guid.CreateVersion7(), user.Id, SecretHash.Of(refreshToken), client.UserAgent, client.IpAddress, clock.GetUtcNow());
        sessions.Add(session);
        return Pair(user, session.Id, refreshToken);
    }

    public TokenPair Pair(User user, Guid sessionId, string refreshToken)
    {
        var access = tokens.Issue(user.Id, user.Roles, sessionId);
        return new TokenPair(access.Token, refreshToken, access.ExpiresInSeconds);
    }
}
