using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payments.GetPayment;

/// <summary>Where a checkout's payment stands (the customer's own, or any for admins), for storefronts polling after the provider's SDK.</summary>
[Authorize]
public sealed record GetPaymentQuery(Guid CheckoutId) : IQuery<Result<PaymentStatusDto>>;
