using CustomiseYou.Application.Sellers.Common;

namespace CustomiseYou.Application.ApiKeys.Common;

/// <summary>Read side of the region's API keys, for admins.</summary>
public interface IApiKeyQueries
{
    /// <summary>Up to <paramref name="take"/> keys in (createdAt, id) order after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<ApiKeyDto>> ListAsync(SellerCursor? after, int take, CancellationToken cancellationToken);
}
