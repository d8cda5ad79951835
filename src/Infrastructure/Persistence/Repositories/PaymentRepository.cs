using CustomiseYou.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class PaymentRepository(AppDbContext db) : IPaymentRepository
{
    public Task<Payment?> GetByCheckoutAsync(Guid checkoutId, CancellationToken cancellationToken) =>
        db.Payments.FirstOrDefaultAsync(p => p.CheckoutId == checkoutId, cancellationToken);

    public Task<Payment?> GetByProviderPaymentIdAsync(PaymentProvider provider, string providerPaymentId, CancellationToken cancellationToken) =>
        db.Payments.FirstOrDefaultAsync(p => p.Provider == provider && p.ProviderPaymentId == providerPaymentId, cancellationToken);

    public void Add(Payment payment) => db.Payments.Add(payment);
}
