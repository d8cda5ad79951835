namespace CustomiseYou.Domain.ApiKeys;

/// <summary>
/// Publishable keys identify a storefront app and may be shipped in browser and mobile code; secret keys act for a
/// user on a server, within their scopes, and must never leave it.
/// </summary>
public enum ApiKeyKind
{
    Publishable,
    Secret,
}
