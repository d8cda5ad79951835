using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payouts;
using Mediator;

namespace CustomiseYou.Application.Payouts.ListPayouts;

/// <summary>
/// Newest first. <paramref name="AllSellers"/>: the admin view (every seller, e.g. the Failed ones); otherwise the caller's
/// own payouts.
/// </summary>
[Authorize]
[ApiScope(ApiScopes.PayoutsRead)]
public sealed record ListPayoutsQuery(bool AllSellers, PayoutStatus? Status, int Limit, string? Cursor) : IQuery<Result<PayoutPage>>;
