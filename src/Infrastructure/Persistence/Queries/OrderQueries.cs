using System.Globalization;
using System.Text;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class CartQueries(AppDbContext db) : ICartQueries
{
    public async Task<CartDto> GetAsync(Guid customerId, string currency, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.AsNoTracking().FirstOrDefaultAsync(c => c.CustomerId == customerId, cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            return new CartDto([], MoneyDto.From(Money.Zero(currency)));
        }

        var productIds = cart.Lines.Select(l => l.ProductId).Distinct().ToList();
        var titles = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var lines = cart.Lines.OrderBy(l => l.AddedAt).Select(l => new CartLineDto(
            l.Id, l.ProductId, titles.GetValueOrDefault(l.ProductId, "(no longer available)"), l.Quantity, MoneyDto.From(l.UnitQuote),
            MoneyDto.From((l.UnitQuote * l.Quantity).Round()), l.Customization?.Version,
            l.Customization is { } c
                ? SelectionParser.FromCanonicalJson(c.SelectionJson).ToDictionary(p => p.Key, p => SelectionJson.ToPlain(p.Value))
                : null)).ToList();
        var total = cart.Lines.Select(l => (l.UnitQuote * l.Quantity).Round()).Aggregate((a, b) => a + b);
        return new CartDto(lines, MoneyDto.From(total));
    }
}

internal sealed class OrderQueries(AppDbContext db) : IOrderQueries
{
    public async Task<OrderPage> ListAsync(
        Guid? customerId, Guid? sellerId, OrderStatus? status, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var query = db.Orders.AsNoTracking();
        query = customerId is { } customer ? query.Where(o => o.CustomerId == customer) : query.Where(o => o.SellerId == sellerId);
        if (status is { } s)
        {
            query = query.Where(o => o.Status == s);
        }

        // Version-7 ids grow with time, so the id alone is a stable newest-first keyset.
        if (KeysetCursor.DecodeId(cursor, "orders") is { } after)
        {
            query = query.Where(o => o.Id.CompareTo(after) < 0);
        }

        var rows = await query.OrderByDescending(o => o.Id).Take(limit + 1)
            .Select(o => new { o.Id, o.CheckoutId, o.SellerId, o.Status, o.Total, o.PlacedAt, Count = o.Items.Count })
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(o => new OrderSummaryDto(o.Id, o.CheckoutId, o.SellerId, o.Status, MoneyDto.From(o.Total), o.Count, o.PlacedAt))
            .ToList();
        return new OrderPage(items, rows.Count > limit ? KeysetCursor.Encode(items[^1].Id) : null);
    }
}
