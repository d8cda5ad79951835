using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using CustomiseYou.Domain.Catalog;

namespace CustomiseYou.Seed;

internal sealed record UserRow(Guid Id, string Email, string FullName, string Phone, DateTime CreatedAt);

internal sealed record SellerRow(
    Guid Id, Guid OwnerUserId, string BusinessName, string LegalName, string Country, string Line1, string? Line2, string City,
    string? Region, string PostalCode, string PayoutAccount, DateTime CreatedAt);

internal sealed record CategoryRow(Guid Id, string Name, string Slug, Guid? ParentId, int Position, string[] Nouns, string[] Materials);

internal sealed record ProductRow(
    Guid Id, Guid SellerId, string Title, string Description, Guid CategoryId, decimal Price, string Sku, int Stock, int Reserved,
    bool Customizable, decimal RatingAverage, int RatingCount, DateTime CreatedAt, DateTime UpdatedAt, DateTime PublishedAt, string[] Tags);

internal sealed record ImageRow(Guid Id, Guid ProductId, string FileKey, string Kind);

/// <summary>
/// Deterministic data: every value comes from Bogus randomizers seeded from <see cref="SeedOptions.Seed"/>, ids are
/// UUIDv7-shaped (time-ordered like the application's <c>Guid.CreateVersion7()</c>) but built from those randomizers.
/// </summary>
internal sealed class DataGenerator
{
    /// <summary>The password every seeded account has, so a load test can sign in as any seller.</summary>
    public const string Password = "Seed-password-1";

    private static readonly (string Locale, string Country, string PhonePrefix, int Weight)[] EuropeLocales =
    [
        ("de", "DE", "+49", 30), ("fr", "FR", "+33", 22), ("it", "IT", "+39", 15), ("es", "ES", "+34", 14),
        ("nl", "NL", "+31", 10), ("de_AT", "AT", "+43", 5), ("nl_BE", "BE", "+32", 4),
    ];

    private static readonly (string Locale, string Country, string PhonePrefix, int Weight)[] SouthAsiaLocales = [("en_IND", "IN", "+91", 100)];

    private static readonly string[] ShopSuffixes =
    [
        "Studio", "Atelier", "Workshop", "Makers", "Crafts", "Design", "& Co.", "Handmade", "Gifts", "Press",
    ];

    private readonly SeedOptions _options;
    private readonly DateTime _productsFrom;
    private readonly TimeSpan _productsSpan = TimeSpan.FromDays(730);

    public DataGenerator(SeedOptions options)
    {
        _options = options;
        _productsFrom = options.AsOf - _productsSpan;
    }

    /// <summary>ASP.NET Core Identity's v3 hash format (PBKDF2-HMAC-SHA512, 100,000 iterations) with a fixed salt, so it is deterministic.</summary>
    public string PasswordHash()
    {
        var salt = SHA256.HashData(Encoding.UTF8.GetBytes($"customiseyou-seed-{_options.Seed}"))[..16];
        var subkey = Rfc2898DeriveBytes.Pbkdf2(Password, salt, 100_000, HashAlgorithmName.SHA512, 32);
        var output = new byte[13 + salt.Length + subkey.Length];
        output[0] = 0x01;
        WriteBigEndian(output, 1, 2); // KeyDerivationPrf.HMACSHA512
        WriteBigEndian(output, 5, 100_000);
        WriteBigEndian(output, 9, (uint)salt.Length);
        salt.CopyTo(output, 13);
        subkey.CopyTo(output, 13 + salt.Length);
        return Convert.ToBase64String(output);
    }

    public IEnumerable<(UserRow User, SellerRow Seller)> Sellers()
    {
        var locales = _options.Tenant == "south-asia" ? SouthAsiaLocales : EuropeLocales;
        var fakers = locales.Select((l, i) => new Faker(l.Locale) { Random = new Randomizer(_options.Seed + 100 + i) }).ToArray();
        var pick = new Randomizer(_options.Seed + 1);
        var weights = locales.Select(l => (float)l.Weight).ToArray();
        var indexes = Enumerable.Range(0, locales.Length).ToArray();
        var sellersFrom = _productsFrom.AddDays(-365);
        for (var i = 0; i < _options.Sellers; i++)
        {
            var which = pick.WeightedRandom(indexes, weights);
            var (_, country, phonePrefix, _) = locales[which];
            var f = fakers[which];
            var first = f.Name.FirstName();
            var last = f.Name.LastName();
            var createdAt = sellersFrom.AddSeconds(pick.Double() * 365 * 86400);
            var userId = UuidV7(createdAt, pick);
            var sellerId = UuidV7(createdAt.AddMinutes(5), pick);
            var email = f.Internet.Email(first, last, provider: null, uniqueSuffix: i.ToString(CultureInfo.InvariantCulture)).ToLowerInvariant();
            var phone = phonePrefix + pick.ReplaceNumbers("##########");
            var business = pick.Number(0, 2) switch
            {
                0 => $"{last} {pick.ArrayElement(ShopSuffixes)}",
                1 => $"{first}'s {pick.ArrayElement(ShopSuffixes)}",
                _ => $"The {pick.ArrayElement(Vocabulary.Styles)} {pick.ArrayElement(ShopSuffixes)}",
            };
            var legal = pick.Bool() ? f.Company.CompanyName() : $"{first} {last}";
            yield return (
                new UserRow(userId, email, $"{first} {last}", phone, createdAt),
                new SellerRow(
                    sellerId, userId, Clip(business, 200), Clip(legal, 200), country, Clip(f.Address.StreetAddress(), 200),
                    pick.Bool(0.1f) ? Clip(f.Address.SecondaryAddress(), 200) : null, Clip(f.Address.City(), 100),
                    pick.Bool(0.6f) ? Clip(f.Address.State(), 100) : null, Clip(f.Address.ZipCode(), 20),
                    (_options.Tenant == "south-asia" ? "acc_" : "acct_") + pick.AlphaNumeric(16), createdAt.AddMinutes(5)));
        }
    }

    public List<CategoryRow> Categories()
    {
        var r = new Randomizer(_options.Seed + 2);
        var created = _productsFrom.AddDays(-400);
        var rows = new List<CategoryRow>();
        for (var i = 0; i < Vocabulary.Tree.Length; i++)
        {
            var root = Vocabulary.Tree[i];
            var rootRow = new CategoryRow(UuidV7(created, r), root.Name, Slug.From(root.Name), null, i, [], root.Materials);
            rows.Add(rootRow);
            for (var j = 0; j < root.Children.Length; j++)
            {
                var leaf = root.Children[j];
                rows.Add(new CategoryRow(UuidV7(created, r), leaf.Name, Slug.From(leaf.Name), rootRow.Id, j, leaf.Nouns, root.Materials));
            }
        }

        return rows;
    }

    /// <summary>Published products in publication order (so ids and the heap grow with time, as in production).</summary>
    public IEnumerable<ProductRow> Products(IReadOnlyList<Guid> sellerIds, IReadOnlyList<CategoryRow> categories)
    {
        var r = new Randomizer(_options.Seed + 3);
        // Leaves get Zipf-like popularity in a shuffled order, so the biggest categories are spread over the tree.
        var leaves = r.Shuffle(categories.Where(c => c.ParentId is not null)).ToArray();
        var leafCdf = Cdf(leaves.Length, 0.9);
        var rareCdf = Cdf(Vocabulary.RareWords.Length, 1.2);
        var personalisationWords = Vocabulary.Personalisation.Select(p => p.Word).ToArray();
        var personalisationWeights = Vocabulary.Personalisation.Select(p => (float)p.Weight).ToArray();
        var title = new StringBuilder(128);
        var description = new StringBuilder(700);
        var tags = new List<string>(12);
        for (var i = 0; i < _options.Products; i++)
        {
            var leaf = leaves[Pick(leafCdf, r.Double())];
            var u = r.Double();
            var noun = leaf.Nouns[leaf.Nouns.Length switch { 1 => 0, 2 => u < 0.7 ? 0 : 1, _ => u < 0.6 ? 0 : u < 0.85 ? 1 : 2 }];
            var personalisation = r.Bool(0.55f) ? r.WeightedRandom(personalisationWords, personalisationWeights) : null;
            var style = r.Bool(0.45f) ? r.ArrayElement(Vocabulary.Styles) : null;
            var material = r.Bool(0.6f) ? r.ArrayElement(leaf.Materials) : null;
            var rare = r.Bool(0.04f) ? Vocabulary.RareWords[Pick(rareCdf, r.Double())] : null;
            var recipient = r.Bool(0.3f) ? r.ArrayElement(Vocabulary.Recipients) : null;
            var occasion = r.Bool(0.35f) ? r.ArrayElement(Vocabulary.Occasions) : null;

            title.Clear();
            AppendWord(title, personalisation);
            AppendWord(title, style);
            AppendWord(title, rare);
            AppendWord(title, material);
            AppendWord(title, noun);
            if (recipient is not null)
            {
                title.Append(" for ").Append(recipient);
            }
            else if (occasion is not null)
            {
                title.Append(" - ").Append(occasion).Append(" Gift");
            }

            var customizable = personalisation is not null ? r.Bool(0.9f) : r.Bool(0.15f);
            description.Clear();
            description.Append(Article(style ?? noun)).Append(' ')
                .Append((style ?? string.Empty).ToLowerInvariant()).Append(style is null ? "" : " ")
                .Append(noun.ToLowerInvariant()).Append(", ").Append(r.ArrayElement(Vocabulary.Processes))
                .Append(material is null ? " by hand" : " by hand from " + material.ToLowerInvariant()).Append(" in our small workshop.");
            if (rare is not null)
            {
                description.Append(" Decorated using traditional ").Append(rare.ToLowerInvariant()).Append(" techniques.");
            }

            description.Append(customizable
                ? $" Personalise it with {r.ArrayElement(Vocabulary.Features)} of up to {r.Number(2, 6) * 10} characters."
                : " Each piece is slightly different, which is part of its charm.");
            if (occasion is not null || r.Bool(0.4f))
            {
                description.Append(" A thoughtful ").Append((occasion ?? r.ArrayElement(Vocabulary.Occasions)).ToLowerInvariant())
                    .Append(" gift for ").Append((recipient ?? r.ArrayElement(Vocabulary.Recipients)).ToLowerInvariant()).Append('.');
            }

            if (r.Bool(0.5f))
            {
                description.Append(" Finished with ").Append(r.ArrayElement(Vocabulary.Finishes)).Append('.');
            }

            if (r.Bool(0.6f))
            {
                description.Append(' ').Append(r.ArrayElement(Vocabulary.Care));
            }

            if (r.Bool(0.5f))
            {
                description.Append(' ').Append(r.ArrayElement(Vocabulary.Packaging));
            }

            description.Append(CultureInfo.InvariantCulture, $" Made to order and dispatched within {r.Number(1, 10)} working days.");

            tags.Clear();
            tags.Add(noun.ToLowerInvariant());
            AddTag(tags, material);
            AddTag(tags, personalisation);
            AddTag(tags, style);
            AddTag(tags, rare);
            AddTag(tags, occasion is null ? null : occasion + " gift");
            AddTag(tags, recipient is null ? null : "gift for " + recipient);
            AddTag(tags, r.ArrayElement(Vocabulary.GenericTags));
            if (r.Bool(0.5f))
            {
                AddTag(tags, r.ArrayElement(Vocabulary.GenericTags));
            }

            var published = _productsFrom + (_productsSpan * ((i + r.Double()) / Math.Max(1, _options.Products)));
            var created = published - TimeSpan.FromHours(r.Double() * 24 * 14);
            var updated = r.Bool(0.3f) ? Min(published + TimeSpan.FromHours(r.Double() * 24 * 60), _options.AsOf) : published;
            var stock = r.Number(0, 250);
            var reserved = r.Bool(0.85f) ? 0 : r.Number(0, Math.Min(stock, 5));
            var ratingCount = r.Bool(0.35f) ? 0 : 1 + (int)Math.Floor(Math.Exp(r.Double() * Math.Log(600)));
            var ratingAverage = ratingCount == 0 ? 0m : Math.Clamp(Math.Round((decimal)(4.4 + (0.45 * Normal(r))), 2), 1m, 5m);
            // Skewed towards the biggest sellers: seller k's share falls off like k^-0.375.
            var seller = sellerIds[Math.Min(sellerIds.Count - 1, (int)(sellerIds.Count * Math.Pow(r.Double(), 1.6)))];
            yield return new ProductRow(
                UuidV7(created, r), seller, title.ToString(), description.ToString(), leaf.Id, Price(r), $"{SkuPrefix(noun)}-{i + 1:D7}",
                stock, reserved, customizable, ratingAverage, ratingCount, created, updated, published, [.. tags]);
        }
    }

    /// <summary>The product's main image (position 0), uploaded when the product was created.</summary>
    public static ImageRow Image(Guid productId, DateTime productCreatedAt, Randomizer r)
    {
        var id = UuidV7(productCreatedAt, r);
        var (kind, extension) = r.Number(0, 9) switch { < 7 => ("Jpeg", ".jpg"), < 9 => ("WebP", ".webp"), _ => ("Png", ".png") };
        return new ImageRow(
            id,
            productId,
            string.Create(CultureInfo.InvariantCulture, $"products/{productCreatedAt:yyyy}/{productCreatedAt:MM}/{id:N}{extension}"),
            kind);
    }

    /// <summary>A UUID version 7 (48-bit Unix milliseconds, then random bits) with the random part drawn from <paramref name="r"/>.</summary>
    public static Guid UuidV7(DateTime at, Randomizer r)
    {
        Span<byte> bytes = stackalloc byte[16];
        var random = r.Bytes(10);
        var ms = (ulong)new DateTimeOffset(at).ToUnixTimeMilliseconds();
        for (var b = 0; b < 6; b++)
        {
            bytes[b] = (byte)(ms >> (8 * (5 - b)));
        }

        random.CopyTo(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private decimal Price(Randomizer r)
    {
        if (_options.Currency == "INR")
        {
            var inr = Math.Clamp(Math.Exp(Math.Log(1500) + (0.8 * Normal(r))), 149, 75_000);
            return r.Bool(0.6f) ? (Math.Floor((decimal)inr / 100m) * 100m) + 99m : Math.Round((decimal)inr / 10m) * 10m;
        }

        var eur = (decimal)Math.Clamp(Math.Exp(Math.Log(32) + (0.8 * Normal(r))), 4.5, 950);
        return r.Number(0, 19) switch
        {
            < 11 => Math.Floor(eur) + 0.99m,
            < 15 => Math.Round(eur),
            < 17 => Math.Floor(eur) + 0.50m,
            _ => Math.Round(eur, 2),
        };
    }

    private static double Normal(Randomizer r) => Math.Sqrt(-2.0 * Math.Log(1.0 - r.Double())) * Math.Cos(2.0 * Math.PI * r.Double());

    private static double[] Cdf(int count, double exponent)
    {
        var weights = Enumerable.Range(1, count).Select(k => 1.0 / Math.Pow(k, exponent)).ToArray();
        var total = weights.Sum();
        var cdf = new double[count];
        var running = 0.0;
        for (var k = 0; k < count; k++)
        {
            running += weights[k] / total;
            cdf[k] = running;
        }

        cdf[^1] = 1.0;
        return cdf;
    }

    private static int Pick(double[] cdf, double u)
    {
        var index = Array.BinarySearch(cdf, u);
        return Math.Min(index < 0 ? ~index : index, cdf.Length - 1);
    }

    private static void AppendWord(StringBuilder title, string? word)
    {
        if (word is not null)
        {
            title.Append(title.Length == 0 ? "" : " ").Append(word);
        }
    }

    private static void AddTag(List<string> tags, string? tag)
    {
        var cleaned = tag?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(cleaned) && cleaned.Length <= 40 && !tags.Contains(cleaned))
        {
            tags.Add(cleaned);
        }
    }

    private static string Article(string word) => "AEIOUaeiou".Contains(word[0], StringComparison.Ordinal) ? "An" : "A";

    private static string SkuPrefix(string noun)
    {
        var letters = noun.Where(char.IsLetter).Take(3).Select(char.ToUpperInvariant).ToArray();
        return new string(letters);
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static void WriteBigEndian(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
