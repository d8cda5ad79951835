using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.GetApiKey;

[Authorize(Roles.Admin)]
public sealed record GetApiKeyQuery(Guid Id) : IQuery<Result<ApiKeyDto>>;
