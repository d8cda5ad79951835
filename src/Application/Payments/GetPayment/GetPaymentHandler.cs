using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Mediator;

namespace CustomiseYou.Application.Payments.GetPayment;

public sealed class GetPaymentHandler(IPaymentRepository payments, ICurrentUser currentUser)
    : IQueryHandler<GetPaymentQuery, Result<PaymentStatusDto>>
{
    public async ValueTask<Result<PaymentStatusDto>> Handle(GetPaymentQuery query, CancellationToken cancellationToken)
    {
        var payment = await payments.GetByCheckoutAsync(query.CheckoutId, cancellationToken);
        return payment is not null && (payment.CustomerId == currentUser.UserId || currentUser.IsInRole(Roles.Admin))
            ? PaymentStatusDto.From(payment)
            : PaymentErrors.PaymentNotFound(query.CheckoutId);
    }
}
