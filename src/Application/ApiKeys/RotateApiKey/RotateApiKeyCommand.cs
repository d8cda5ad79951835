using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.RotateApiKey;

/// <summary>
/// A new secret for the same key (same public id, scopes and owner); the old one keeps working for
/// <see cref="OverlapMinutes"/> (default 1440, a day; 0 ends it at once; at most 43200, 30 days).
/// </summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RotateApiKeyCommand(Guid Id, int? OverlapMinutes) : ICommand<Result<IssuedApiKeyDto>>
{
    public const int DefaultOverlapMinutes = 1440;
}
