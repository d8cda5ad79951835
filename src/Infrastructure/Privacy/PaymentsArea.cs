using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>
/// Payments, the money movements of the subject's orders, and a seller's payouts. These are financial records the law
/// keeps: erasure leaves every amount and provider reference and only replaces the customer with the pseudonym. No card
/// data is ever held, so none can be exported.
/// </summary>
internal sealed class PaymentsArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your payments (provider, provider references, amounts, status, refunds), the money movements "
        + "of your orders, and, if you sell, your payouts. Card details are never held by us.",
        "Ihre Zahlungen (Anbieter, Referenzen des Anbieters, Beträge, Status, Erstattungen), die Geldbewegungen "
        + "Ihrer Bestellungen und, wenn Sie verkaufen, Ihre Auszahlungen. Kartendaten speichern wir nie.",
        "आपके भुगतान (प्रदाता, प्रदाता के संदर्भ, "
        + "राशियाँ, स्थिति, रिफ़ंड), आपके ऑर्डरों की धनराशि "
        + "की आवाजाही, और यदि आप विक्रेता हैं तो आपके "
        + "भुगतान-वितरण। कार्ड का विवरण हम कभी नहीं रखते।");

    public string Name => "payments";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Payment), typeof(LedgerTransaction), typeof(Payout)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.CustomerId == userId).ToListAsync(cancellationToken);
        var orderIds = await db.Orders.AsNoTracking().Where(o => o.CustomerId == userId).Select(o => o.Id).ToListAsync(cancellationToken);
        var movements = await db.Transactions.AsNoTracking()
            .Where(t => t.OrderId != null && orderIds.Contains(t.OrderId.Value)
                && (t.Kind == TransactionKind.Charge || t.Kind == TransactionKind.Refund))
            .ToListAsync(cancellationToken);
        var sellerIds = await db.Sellers.AsNoTracking().Where(s => s.OwnerUserId == userId).Select(s => s.Id).ToListAsync(cancellationToken);
        var payouts = await db.Payouts.AsNoTracking().Where(p => sellerIds.Contains(p.SellerId)).ToListAsync(cancellationToken);
        if (payments.Count == 0 && movements.Count == 0 && payouts.Count == 0)
        {
            return null;
        }

        return AreaExport.Of(new
        {
            // Sorted here: SQLite (the embedded default) cannot order by a DateTimeOffset column.
            Payments = payments.OrderBy(p => p.CreatedAt).Select(p => new
            {
                p.Id,
                p.CheckoutId,
                Provider = p.Provider.ToString(),
                p.ProviderPaymentId,
                p.ChargeReference,
                Status = p.Status.ToString(),
                Amount = new { p.Amount.Amount, p.Amount.Currency },
                Refunded = new { p.Refunded.Amount, p.Refunded.Currency },
                p.FailureReason,
                p.CreatedAt,
                p.SucceededAt,
            }),
            Transactions = movements.OrderBy(t => t.CreatedAt).Select(t => new
            {
                t.Id,
                t.OrderId,
                Kind = t.Kind.ToString(),
                Amount = new { t.Amount.Amount, t.Amount.Currency },
                Provider = t.Provider.ToString(),
                t.ProviderReference,
                Status = t.Status.ToString(),
                t.CreatedAt,
            }),
            Payouts = payouts.OrderBy(p => p.Period).Select(p => new
            {
                p.Id,
                p.SellerId,
                p.Period,
                Amount = new { p.Amount.Amount, p.Amount.Currency },
                Status = p.Status.ToString(),
                p.ProviderReference,
                p.CreatedAt,
                p.PaidAt,
            }),
        });
    }

    public Task EraseAsync(ErasureContext context, CancellationToken cancellationToken) =>
        db.Payments.Where(p => p.CustomerId == context.UserId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.CustomerId, context.PseudonymId), cancellationToken);
}
