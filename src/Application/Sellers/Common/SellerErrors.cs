using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Sellers.Common;

public static class SellerErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("seller.not_found", $"Seller '{id}' does not exist.");

    public static readonly Error NoSellerForCaller = Error.NotFound("seller.not_found", "You have no seller account in this region.");

    public static readonly Error NotOwner = Error.Forbidden("seller.forbidden", "Only the seller's owner (or an admin) may do this.");

    public static readonly Error AlreadyExists = Error.Conflict("seller.already_exists", "You already have a seller account in this region.");

    public static readonly Error EmailUnverified = Error.Forbidden(
        "seller.email_unverified", "Verify your email address before applying as a seller.");
}
