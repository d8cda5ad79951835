using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>Demo accounts and catalog for the embedded default (Development only); each part is skipped when it already has data.</summary>
internal sealed class DemoDataSeeder(AppDbContext db, IPasswordHasher hasher, DemoCatalogSeeder catalog, TimeProvider clock)
{
    public const string DemoPassword = "Demo-password-1";

    private static readonly (string Email, string Name, string[] Roles)[] DemoAccounts =
    [
        ("admin@demo.test", "Demo Admin", [Roles.Admin]),
        ("compliance@demo.test", "Demo Compliance Officer", [Roles.Compliance]),
        ("seller@demo.test", "Demo Seller", [Roles.Seller]),
        ("customer@demo.test", "Demo Customer", []),
    ];

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

    public async Task SeedAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await SeedAccountsAsync(cancellationToken);
        await SeedCategoriesAsync(tenant, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await catalog.SeedAsync(tenant, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAccountsAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var passwordHash = hasher.Hash(DemoPassword);
        foreach (var (email, name, roles) in DemoAccounts)
        {
            var user = User.Register(Guid.CreateVersion7(), email, passwordHash, name, null, clock.GetUtcNow());
            user.VerifyEmail();
            foreach (var role in roles)
            {
                user.GrantRole(role);
            }

            db.Users.Add(user);
        }
    }

    private async Task SeedCategoriesAsync(Tenant tenant, CancellationToken cancellationToken)
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
    }
}
