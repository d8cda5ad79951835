using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>The cart. Erased by deleting it with its lines.</summary>
internal sealed class CartArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your shopping cart: each product with its quantity, quoted price and the customisation you chose (text, options, ids of uploaded artwork).",
        "Ihr Warenkorb: jedes Produkt mit Menge, angebotenem Preis und der von Ihnen "
        + "gewählten Personalisierung (Text, Optionen, Kennungen hochgeladener Motive).",
        "आपकी शॉपिंग कार्ट: हर उत्पाद उसकी मात्रा, बताई "
        + "गई कीमत और आपके चुने हुए अनुकूलन (टेक्स्ट, "
        + "विकल्प, अपलोड की गई कलाकृति की पहचान) के साथ।");

    public string Name => "cart";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Cart)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.AsNoTracking().FirstOrDefaultAsync(c => c.CustomerId == userId, cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            return null;
        }

        var productIds = cart.Lines.Select(l => l.ProductId).Distinct().ToList();
        var titles = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        return AreaExport.Of(new
        {
            cart.Id,
            Lines = cart.Lines.OrderBy(l => l.AddedAt).Select(l => new
            {
                l.Id,
                l.ProductId,
                ProductTitle = titles.GetValueOrDefault(l.ProductId),
                l.Quantity,
                UnitQuote = new { l.UnitQuote.Amount, l.UnitQuote.Currency },
                l.AddedAt,
                Customization = l.Customization is { } c
                    ? new { c.Version, Selection = ExportJson.Parse(c.SelectionJson), c.Fingerprint }
                    : null,
            }),
        });
    }

    public Task EraseAsync(ErasureContext context, CancellationToken cancellationToken) =>
        db.Carts.Where(c => c.CustomerId == context.UserId).ExecuteDeleteAsync(cancellationToken);
}
