using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.Application.UnitTests.Fakes;

/// <summary>A caller fixed by the test: anonymous, or signed in with some roles.</summary>
internal sealed class FakeCurrentUser : ICurrentUser
{
    private readonly HashSet<string> _roles;

    private FakeCurrentUser(Guid? userId, IEnumerable<string> roles)
    {
        UserId = userId;
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
    }

    public static FakeCurrentUser Anonymous { get; } = new(null, []);

    public bool IsAuthenticated => UserId is not null;

    public Guid? UserId { get; }

    public Guid? SessionId => null;

    public static FakeCurrentUser SignedIn(params string[] roles) => new(Guid.Parse("00000000-0000-0000-0000-000000000001"), roles);

    public bool IsInRole(string role) => IsAuthenticated && _roles.Contains(role);
}
