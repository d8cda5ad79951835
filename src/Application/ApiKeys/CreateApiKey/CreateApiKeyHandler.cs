using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.CreateApiKey;

public sealed class CreateApiKeyHandler(
    IApiKeyRepository keys, ISellerRepository sellers, ICurrentUser currentUser, PrivacyAudit audit, TimeProvider clock)
    : ICommandHandler<CreateApiKeyCommand, Result<IssuedApiKeyDto>>
{
    public async ValueTask<Result<IssuedApiKeyDto>> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var kind = command.Kind!.Value;
        var admin = currentUser.RequiredUserId;
        Guid? owner = null;
        if (kind == ApiKeyKind.Secret)
        {
            owner = admin;
            if (command.SellerId is { } sellerId)
            {
                var seller = await sellers.GetByIdAsync(sellerId, cancellationToken);
                if (seller is null)
                {
                    return ApiKeyErrors.SellerNotFound(sellerId);
                }

                owner = seller.OwnerUserId;
            }
        }

        var (text, token) = ApiKeyToken.Generate(kind);
        var key = ApiKey.Create(Guid.CreateVersion7(), token.PublicId, kind, command.Name, owner, command.SellerId, command.Scopes ?? [],
            token.Hash, command.RateLimitPerMinute, admin, clock.GetUtcNow());
        keys.Add(key);
        audit.Record(AuditAction.ApiKeyCreated, key, key.Scopes.Count > 0 ? "scopes=" + string.Join(',', key.Scopes) : null);
        return new IssuedApiKeyDto(ApiKeyDto.From(key), text);
    }
}
