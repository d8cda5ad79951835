namespace CustomiseYou.Application.Common.Security;

/// <summary>
/// Declares that a command or query needs an authenticated caller, holding at least one of <see cref="Roles"/>
/// when any are given. Checked by the authorization behaviour before validation.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
