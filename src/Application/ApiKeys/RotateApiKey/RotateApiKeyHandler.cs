using System.Globalization;
using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.RotateApiKey;

public sealed class RotateApiKeyHandler(IApiKeyRepository keys, PrivacyAudit audit, TimeProvider clock)
    : ICommandHandler<RotateApiKeyCommand, Result<IssuedApiKeyDto>>
{
    public async ValueTask<Result<IssuedApiKeyDto>> Handle(RotateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await keys.GetByIdAsync(command.Id, cancellationToken);
        if (key is null)
        {
            return ApiKeyErrors.NotFound(command.Id);
        }

        if (key.IsRevoked)
        {
            return ApiKeyErrors.Revoked;
        }

        var overlap = command.OverlapMinutes ?? RotateApiKeyCommand.DefaultOverlapMinutes;
        var (text, token) = ApiKeyToken.WithSecret(key.Kind, key.PublicId);
        key.Rotate(token.Hash, TimeSpan.FromMinutes(overlap), clock.GetUtcNow());
        audit.Record(AuditAction.ApiKeyRotated, key, "overlapMinutes=" + overlap.ToString(CultureInfo.InvariantCulture));
        return new IssuedApiKeyDto(ApiKeyDto.From(key), text);
    }
}
