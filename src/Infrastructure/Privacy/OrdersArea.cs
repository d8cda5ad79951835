using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>
/// Orders and checkouts bought by the subject. They are financial records the law keeps, so erasure pseudonymises
/// them (<see cref="Order.Pseudonymise"/>) instead of deleting; an order still open blocks erasure.
/// </summary>
internal sealed class OrdersArea(AppDbContext db) : IPersonalDataArea
{
    public const string OpenOrders = "openOrders";

    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your orders: shipping address, items with the customisation exactly as ordered and its price breakdown, amounts, tracking number, "
        + "status history with reasons, and your checkouts (payments).",
        "Ihre Bestellungen: Lieferadresse, Artikel mit der Personalisierung genau wie bestellt samt Preisaufschlüsselung, Beträge, Sendungsnummer, "
        + "Statusverlauf mit Gründen und Ihre Bezahlvorgänge.",
        "आपके ऑर्डर: डिलीवरी पता, आइटम जैसा "
        + "ऑर्डर किया गया वैसा ही अनुकूलन और उसकी "
        + "कीमत का विवरण, राशियाँ, ट्रैकिंग नंबर, "
        + "कारणों सहित स्थिति का इतिहास, "
        + "और आपके चेकआउट (भुगतान)।");

    public string Name => "orders";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Order), typeof(Checkout)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var orders = await db.Orders.AsNoTracking().AsSplitQuery().Where(o => o.CustomerId == userId).OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var checkouts = await db.Checkouts.AsNoTracking().Where(c => c.CustomerId == userId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (orders.Count == 0 && checkouts.Count == 0)
        {
            return null;
        }

        return AreaExport.Of(new
        {
            Orders = orders.Select(o => new
            {
                o.Id,
                o.CheckoutId,
                o.SellerId,
                o.Status,
                Total = new { o.Total.Amount, o.Total.Currency },
                o.ShippingAddress,
                o.TrackingNumber,
                o.CancellationReason,
                ReturnReason = o.ReturnReasonCode,
                o.PlacedAt,
                o.PaymentDueBy,
                o.DeliveredAt,
                Items = o.Items.Select(i => new
                {
                    i.Id,
                    i.ProductId,
                    i.Title,
                    i.Quantity,
                    UnitPrice = new { i.UnitPrice.Amount, i.UnitPrice.Currency },
                    LineTotal = new { i.LineTotal.Amount, i.LineTotal.Currency },
                    Customization = i.Customization is { } c
                        ? new { c.Version, Selection = ExportJson.Parse(c.SelectionJson), Breakdown = ExportJson.Parse(c.BreakdownJson) }
                        : null,
                }),
                // Staff ids are left out: they are other people's data.
                History = o.History.Select(h => new { h.From, h.To, Actor = h.Actor.ToString(), h.At, h.Reason }),
            }),
            Checkouts = checkouts.Select(c => new { c.Id, Total = new { c.Total.Amount, c.Total.Currency }, c.CreatedAt }),
        });
    }

    public async Task<IReadOnlyList<ErasureBlocker>> FindBlockersAsync(Guid userId, CancellationToken cancellationToken)
    {
        var open = await db.Orders.AsNoTracking()
            .Where(o => o.CustomerId == userId && !OrderStatuses.Closed.Contains(o.Status))
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Status })
            .ToListAsync(cancellationToken);
        return open.Count == 0
            ? []
            : [new ErasureBlocker(
                OpenOrders, $"{open.Count} order(s) are still open: {string.Join(", ", open.Take(10).Select(o => $"{o.Id} ({o.Status})"))}.")];
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        foreach (var order in await db.Orders.AsSplitQuery().Where(o => o.CustomerId == context.UserId).ToListAsync(cancellationToken))
        {
            order.Pseudonymise(context.PseudonymId);
        }

        foreach (var checkout in await db.Checkouts.Where(c => c.CustomerId == context.UserId).ToListAsync(cancellationToken))
        {
            checkout.Pseudonymise(context.PseudonymId);
        }
    }
}
