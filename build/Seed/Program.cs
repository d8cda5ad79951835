using System.Diagnostics;
using System.Globalization;
using Bogus;
using CustomiseYou.Seed;
using Npgsql;
using NpgsqlTypes;

var options = SeedOptions.Parse(args);
if (options is null)
{
    return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
}

var builder = new NpgsqlConnectionStringBuilder(options.Connection) { CommandTimeout = 0 };
await using var connection = new NpgsqlConnection(builder.ConnectionString);
await connection.OpenAsync();
var total = Stopwatch.StartNew();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Seeding tenant '{options.Tenant}' ({options.Currency}) in database '{connection.Database}': " +
    $"{options.Sellers:N0} sellers, {options.Products:N0} products, seed {options.Seed}"));

var tables = new[] { "users", "sellers", "categories", "products", "product_images" };
if (options.Truncate)
{
    await Timed("truncate", () => Sql.ExecuteAsync(connection, "TRUNCATE users, sellers, categories, products, product_images CASCADE"));
}
else
{
    foreach (var table in tables)
    {
        if (await Sql.ScalarAsync<bool>(connection, $"SELECT EXISTS (SELECT 1 FROM {table})"))
        {
            Console.Error.WriteLine($"Table '{table}' already has rows: seed an empty, migrated database or pass --truncate.");
            return 1;
        }
    }
}

var generator = new DataGenerator(options);
await using (var transaction = await connection.BeginTransactionAsync())
{
    await Sql.ExecuteAsync(connection, $"SET LOCAL maintenance_work_mem = '{options.MaintenanceWorkMem.Replace("'", "", StringComparison.Ordinal)}'");
    var dropped = new List<(string Name, string Definition)>();
    if (!options.KeepIndexes)
    {
        dropped = await TimedResult("drop secondary indexes", () => Indexes.DropSecondaryAsync(connection, ["products", "product_images"]));
    }

    var sellers = new List<(UserRow User, SellerRow Seller)>(options.Sellers);
    await Timed("generate sellers (Bogus)", () =>
    {
        sellers.AddRange(generator.Sellers());
        return Task.CompletedTask;
    });
    await Timed($"users: {sellers.Count:N0} rows", () => Copy.UsersAsync(
        connection, options.Tenant, generator.PasswordHash(), sellers.Select(s => s.User)));
    await Timed($"sellers: {sellers.Count:N0} rows", () => Copy.SellersAsync(connection, options.Tenant, sellers.Select(s => s.Seller)));
    var categories = generator.Categories();
    await Timed($"categories: {categories.Count:N0} rows", () => Copy.CategoriesAsync(connection, options.Tenant, categories));

    var sellerIds = sellers.Select(s => s.Seller.Id).ToArray();
    sellers.Clear();
    var productIds = new Guid[options.Products];
    var productCreated = new DateTime[options.Products];
    await Timed($"products: {options.Products:N0} rows", () => Copy.ProductsAsync(
        connection, options.Tenant, options.Currency, generator.Products(sellerIds, categories),
        (i, p) => (productIds[i], productCreated[i]) = (p.Id, p.CreatedAt)));
    var imageRandom = new Randomizer(options.Seed + 4);
    await Timed($"product_images: {options.Products:N0} rows", () => Copy.ImagesAsync(
        connection, options.Tenant,
        Enumerable.Range(0, options.Products).Select(i => DataGenerator.Image(productIds[i], productCreated[i], imageRandom))));

    foreach (var (name, definition) in dropped)
    {
        await Timed($"create index {name}", () => Sql.ExecuteAsync(connection, definition));
    }

    await Timed("commit", () => transaction.CommitAsync());
}

foreach (var table in tables)
{
    await Timed($"vacuum analyze {table}", () => Sql.ExecuteAsync(connection, $"VACUUM (ANALYZE) {table}"));
}

var size = await Sql.ScalarAsync<string>(connection, "SELECT pg_size_pretty(pg_total_relation_size('products'))");
var published = await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM products WHERE status = 'Published'");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Done in {total.Elapsed.TotalSeconds:F1} s: {published:N0} published products ({size} with indexes and TOAST)."));
return 0;

static async Task<T> TimedResult<T>(string step, Func<Task<T>> action)
{
    var watch = Stopwatch.StartNew();
    var result = await action();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-58} {watch.Elapsed.TotalSeconds,8:F1} s"));
    return result;
}

static Task Timed(string step, Func<Task> action) => TimedResult<bool>(step, async () =>
{
    await action();
    return true;
});

namespace CustomiseYou.Seed
{
    internal static class Sql
    {
        public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync())!;
        }
    }

    /// <summary>
    /// Secondary indexes are dropped before the load and rebuilt after it from their own definitions
    /// (<c>pg_get_indexdef</c>), in the same transaction, so a failed seed leaves the schema untouched.
    /// Building a GIN index once is far cheaper than maintaining it for a million single-row inserts.
    /// </summary>
    internal static class Indexes
    {
        public static async Task<List<(string Name, string Definition)>> DropSecondaryAsync(NpgsqlConnection connection, string[] tables)
        {
            const string sql = """
                SELECT c.relname, pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid
                JOIN pg_class t ON t.oid = i.indrelid
                WHERE t.relname = ANY(@tables) AND t.relnamespace = 'public'::regnamespace
                  AND NOT i.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
                ORDER BY t.relname, c.relname
                """;
            var result = new List<(string, string)>();
            await using (var command = new NpgsqlCommand(sql, connection))
            {
                command.Parameters.AddWithValue("tables", tables);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    result.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in result)
            {
                await Sql.ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
            }

            return result;
        }
    }

    /// <summary>Binary COPY writers, one per table; column lists match the EF migrations (snake_case).</summary>
    internal static class Copy
    {
        public static async Task UsersAsync(NpgsqlConnection connection, string tenant, string passwordHash, IEnumerable<UserRow> rows)
        {
            string[] roles = ["customer", "seller"];
            await using var writer = await connection.BeginBinaryImportAsync("""
                COPY users (id, email, email_verified, password_hash, full_name, phone, phone_verified, created_at,
                            failed_login_count, failed_login_window_start, roles, tenant_id) FROM STDIN (FORMAT BINARY)
                """);
            foreach (var u in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(u.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(u.Email, NpgsqlDbType.Varchar);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean);
                await writer.WriteAsync(passwordHash, NpgsqlDbType.Varchar);
                await writer.WriteAsync(u.FullName, NpgsqlDbType.Varchar);
                await writer.WriteAsync(u.Phone, NpgsqlDbType.Varchar);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean);
                await writer.WriteAsync(u.CreatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteNullAsync();
                await writer.WriteAsync(roles, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        public static async Task SellersAsync(NpgsqlConnection connection, string tenant, IEnumerable<SellerRow> rows)
        {
            await using var writer = await connection.BeginBinaryImportAsync("""
                COPY sellers (id, owner_user_id, business_name, legal_name, country, address_line1, address_line2, address_city,
                              address_region, address_postal_code, address_country, payout_account, kyc_status, rejection_reason,
                              created_at, tenant_id) FROM STDIN (FORMAT BINARY)
                """);
            foreach (var s in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(s.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(s.OwnerUserId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(s.BusinessName, NpgsqlDbType.Varchar);
                await writer.WriteAsync(s.LegalName, NpgsqlDbType.Varchar);
                await writer.WriteAsync(s.Country, NpgsqlDbType.Varchar);
                await writer.WriteAsync(s.Line1, NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, s.Line2);
                await writer.WriteAsync(s.City, NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, s.Region);
                await writer.WriteAsync(s.PostalCode, NpgsqlDbType.Varchar);
                await writer.WriteAsync(s.Country, NpgsqlDbType.Varchar);
                await writer.WriteAsync(s.PayoutAccount, NpgsqlDbType.Varchar);
                await writer.WriteAsync("Verified", NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteAsync(s.CreatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        public static async Task CategoriesAsync(NpgsqlConnection connection, string tenant, IEnumerable<CategoryRow> rows)
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                "COPY categories (id, name, slug, parent_id, position, tenant_id) FROM STDIN (FORMAT BINARY)");
            foreach (var c in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.Name, NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.Slug, NpgsqlDbType.Varchar);
                if (c.ParentId is { } parent)
                {
                    await writer.WriteAsync(parent, NpgsqlDbType.Uuid);
                }
                else
                {
                    await writer.WriteNullAsync();
                }

                await writer.WriteAsync(c.Position, NpgsqlDbType.Integer);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        /// <summary>search_config takes its default (the tenant's language, set by the migrator); search_vector is generated.</summary>
        public static async Task ProductsAsync(
            NpgsqlConnection connection, string tenant, string currency, IEnumerable<ProductRow> rows, Action<int, ProductRow> written)
        {
            await using var writer = await connection.BeginBinaryImportAsync("""
                COPY products (id, seller_id, title, description, category_id, base_price_amount, base_price_currency, sku, stock,
                               reserved, status, customizable, rating_average, rating_count, created_at, updated_at, published_at,
                               tags, tenant_id) FROM STDIN (FORMAT BINARY)
                """);
            var i = 0;
            foreach (var p in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(p.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(p.SellerId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(p.Title, NpgsqlDbType.Varchar);
                await writer.WriteAsync(p.Description, NpgsqlDbType.Varchar);
                await writer.WriteAsync(p.CategoryId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(p.Price, NpgsqlDbType.Numeric);
                await writer.WriteAsync(currency, NpgsqlDbType.Varchar);
                await writer.WriteAsync(p.Sku, NpgsqlDbType.Varchar);
                await writer.WriteAsync(p.Stock, NpgsqlDbType.Integer);
                await writer.WriteAsync(p.Reserved, NpgsqlDbType.Integer);
                await writer.WriteAsync("Published", NpgsqlDbType.Varchar);
                await writer.WriteAsync(p.Customizable, NpgsqlDbType.Boolean);
                await writer.WriteAsync(p.RatingAverage, NpgsqlDbType.Numeric);
                await writer.WriteAsync(p.RatingCount, NpgsqlDbType.Integer);
                await writer.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(p.UpdatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(p.PublishedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(p.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                written(i++, p);
            }

            await writer.CompleteAsync();
        }

        public static async Task ImagesAsync(NpgsqlConnection connection, string tenant, IEnumerable<ImageRow> rows)
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                "COPY product_images (id, file_key, kind, position, product_id, tenant_id) FROM STDIN (FORMAT BINARY)");
            foreach (var image in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(image.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(image.FileKey, NpgsqlDbType.Varchar);
                await writer.WriteAsync(image.Kind, NpgsqlDbType.Varchar);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteAsync(image.ProductId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value)
        {
            if (value is null)
            {
                await writer.WriteNullAsync();
            }
            else
            {
                await writer.WriteAsync(value, NpgsqlDbType.Varchar);
            }
        }
    }
}
