using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>Demo catalog for the embedded default (Development only); does nothing when the tenant already has data.</summary>
internal static class DemoDataSeeder
{
    private static readonly Dictionary<string, (string Name, string[] Children)[]> CategoriesByTenant = new()
    {
        ["south-asia"] =
        [
            ("Home & Living", ["Nameplates", "Wall Art", "Pooja Decor"]),
            ("Kitchen & Dining", ["Mugs", "Serving Trays"]),
            ("Apparel", ["T-Shirts", "Kurtas"]),
            ("Jewellery", ["Engraved Pendants", "Bangles"]),
            ("Gifts", ["Weddings", "Diwali", "Rakhi"]),
        ],
        ["europe"] =
        [
            ("Home & Living", ["Nameplates", "Wall Art", "Candles"]),
            ("Kitchen & Dining", ["Mugs", "Chopping Boards"]),
            ("Apparel", ["T-Shirts", "Hoodies"]),
            ("Jewellery", ["Engraved Pendants", "Rings"]),
            ("Gifts", ["Weddings", "Christmas", "Birthdays"]),
        ],
    };

    public static async Task SeedAsync(AppDbContext db, Tenant tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        var tree = CategoriesByTenant.GetValueOrDefault(tenant.Id) ?? CategoriesByTenant["europe"];
        var now = clock.GetUtcNow();
        for (var i = 0; i < tree.Length; i++)
        {
            var root = Category.Create(Guid.CreateVersion7(), tree[i].Name, null, null, i, now);
            db.Categories.Add(root);
            for (var j = 0; j < tree[i].Children.Length; j++)
            {
                db.Categories.Add(Category.Create(Guid.CreateVersion7(), tree[i].Children[j], null, root.Id, j, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
