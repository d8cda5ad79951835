using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Application.Common.Localization;

/// <summary>
/// The locale texts are written in for the caller of this request: the locale the account chose, else the best
/// Accept-Language tag the region offers, else the region's first locale. Resolved once per request.
/// </summary>
public sealed class CallerLocale(ICurrentUser currentUser, IUserRepository users, IClientInfo client, ITenantContext tenant)
{
    private string? _resolved;

    public async Task<string> ResolveAsync(CancellationToken cancellationToken)
    {
        if (_resolved is not null)
        {
            return _resolved;
        }

        var chosen = currentUser.UserId is { } userId ? await users.GetLocaleAsync(userId, cancellationToken) : null;
        var offered = tenant.Tenant.Locales;
        return _resolved = chosen ?? AcceptLanguage.Match(client.AcceptLanguage, offered) ?? offered[0];
    }
}
