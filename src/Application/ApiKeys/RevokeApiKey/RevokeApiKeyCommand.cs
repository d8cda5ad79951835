using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.RevokeApiKey;

/// <summary>
/// Ends the key (and a rotated-out secret still in its overlap) on the next request, on every node. Revoking again
/// changes nothing.
/// </summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand<Result<ApiKeyDto>>;
