using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.GetApiKey;

public sealed class GetApiKeyHandler(IApiKeyRepository keys) : IQueryHandler<GetApiKeyQuery, Result<ApiKeyDto>>
{
    public async ValueTask<Result<ApiKeyDto>> Handle(GetApiKeyQuery query, CancellationToken cancellationToken) =>
        await keys.GetByIdAsync(query.Id, cancellationToken) is { } key ? ApiKeyDto.From(key) : ApiKeyErrors.NotFound(query.Id);
}
