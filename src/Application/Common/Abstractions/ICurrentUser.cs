namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>The caller of the current request, as established by the web host's authentication.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    string? UserId { get; }

    bool IsInRole(string role);
}
