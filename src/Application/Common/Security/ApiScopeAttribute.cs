namespace CustomiseYou.Application.Common.Security;

/// <summary>
/// The scope a secret API key needs to run this <see cref="AuthorizeAttribute"/> use case. A signed-in message without
/// it is refused to every key (403), so a new use case is closed to integrations until someone decides otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ApiScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
