using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.CreateApiKey;

/// <summary>
/// A publishable key (no scopes, no owner) or a secret key with <see cref="Scopes"/>: with <see cref="SellerId"/> it
/// belongs to that shop and acts as the shop's owner in the seller role; without, it is a platform key acting as the
/// creating admin in the admin role.
/// </summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record CreateApiKeyCommand(string Name, ApiKeyKind? Kind, IReadOnlyList<string>? Scopes, Guid? SellerId, int? RateLimitPerMinute)
    : ICommand<Result<IssuedApiKeyDto>>;
