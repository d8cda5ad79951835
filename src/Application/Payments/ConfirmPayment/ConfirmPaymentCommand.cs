using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payments.ConfirmPayment;

/// <summary>
/// The storefront reports that the customer finished paying in the provider's own client: Razorpay's checkout
/// callback (payment id and signature), PayPal's approval (captured here), Stripe (its state is read back).
/// </summary>
[Authorize]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record ConfirmPaymentCommand(Guid CheckoutId, string? ProviderPaymentId, string? PaymentId, string? Signature)
    : ICommand<Result<PaymentStatusDto>>;
