using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.Application.UnitTests.Fakes;

/// <summary>A caller fixed by the test: anonymous, or signed in with some roles.</summary>
internal sealed class FakeCurrentUser : ICurrentUser
{
    private readonly HashSet<string> _roles;

    private FakeCurrentUser(string? userId, IEnumerable<string> roles)
    {
        UserId = userId;
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
    }

    public static FakeCurrentUser Anonymous { get; } = new(null, []);

    public bool IsAuthenticated => UserId is not null;

    public string? UserId { get; }

    public static FakeCurrentUser SignedIn(params string[] roles) => new("user-1", roles);

    public bool IsInRole(string role) => IsAuthenticated && _roles.Contains(role);
}
