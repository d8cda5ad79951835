namespace CustomiseYou.Application.Common.Security;

/// <summary>What a secret API key may do. A use case opts in with <see cref="ApiScopeAttribute"/>; anything else is refused to keys.</summary>
public static class ApiScopes
{
    public const string ProductsWrite = "products:write";
    public const string OrdersRead = "orders:read";
    public const string OrdersWrite = "orders:write";
    public const string PayoutsRead = "payouts:read";

    public static readonly IReadOnlyList<string> All = [ProductsWrite, OrdersRead, OrdersWrite, PayoutsRead];
}
