using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;

namespace CustomiseYou.Application.Sellers.Common;

internal static class SellerAccess
{
    /// <summary>The seller's owner and admins manage a seller; everyone else only sees its public profile.</summary>
    public static bool CanManage(this ICurrentUser user, Guid ownerUserId) =>
        user.UserId == ownerUserId || (user.IsAuthenticated && user.IsInRole(Roles.Admin));
}
