using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.RevokeApiKey;

public sealed class RevokeApiKeyHandler(IApiKeyRepository keys, PrivacyAudit audit, TimeProvider clock)
    : ICommandHandler<RevokeApiKeyCommand, Result<ApiKeyDto>>
{
    public async ValueTask<Result<ApiKeyDto>> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await keys.GetByIdAsync(command.Id, cancellationToken);
        if (key is null)
        {
            return ApiKeyErrors.NotFound(command.Id);
        }

        if (!key.IsRevoked)
        {
            key.Revoke(clock.GetUtcNow());
            audit.Record(AuditAction.ApiKeyRevoked, key);
        }

        return ApiKeyDto.From(key);
    }
}
