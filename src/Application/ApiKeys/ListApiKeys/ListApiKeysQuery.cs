using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.ListApiKeys;

/// <summary>
/// The region's keys, oldest first, revoked ones included; <c>Limit</c> 1-100 (default 20), then the <c>Cursor</c> of
/// the page before.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ListApiKeysQuery(int? Limit, string? Cursor) : IQuery<Result<ApiKeyPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
