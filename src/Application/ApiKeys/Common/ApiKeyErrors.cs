using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.ApiKeys.Common;

public static class ApiKeyErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("api_key.not_found", $"API key {id} does not exist in this region.");

    public static Error SellerNotFound(Guid id) => Error.NotFound("api_key.seller_not_found", $"Seller {id} does not exist in this region.");

    public static readonly Error Revoked = Error.Conflict("api_key.revoked", "The key is revoked; create a new one.");
}
