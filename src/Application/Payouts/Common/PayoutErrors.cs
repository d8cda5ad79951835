using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Payouts.Common;

public static class PayoutErrors
{
    public static readonly Error NotASeller = Error.NotFound("seller.not_found", "You have no seller profile in this region.");
}
