namespace CustomiseYou.Application.Common.Security;

public static class Roles
{
    public const string Customer = "customer";
    public const string Seller = "seller";
    public const string Admin = "admin";
    public const string Compliance = "compliance";

    public static readonly IReadOnlyList<string> All = [Customer, Seller, Admin, Compliance];
}
