using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.OpenApi;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Hardening;

/// <summary>
/// A property over every write operation of the served document (POST, PUT, PATCH, DELETE) and every query parameter:
/// whatever body or query a client sends, the answer is never a 5xx, and every error is an RFC 9457 problem. Bodies come
/// from <see cref="HostileJson"/>, seeded per operation (CUSTOMISEYOU_FUZZ_SEED varies the run), with a token of the role
/// the operation asks for, in one region, against a real product, seller and category so the bodies reach the use cases.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class WriteEndpointFuzzTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private const int CasesPerOperation = 14;
    private const int DefaultSeed = 16;

    /// <summary>Admin operations that would start jobs in the shared databases: called as a customer (403) instead.</summary>
    private static readonly string[] JobTriggers = ["/admin/jobs/", "/admin/payouts/run"];

    [Fact]
    public async Task No_generated_body_or_query_gets_a_5xx_and_every_error_is_a_problem()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CUSTOMISEYOU_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var document = await ServedDocument.FetchAsync(api);
        var world = await WorldAsync();
        var schemas = document.Root.GetProperty("components").GetProperty("schemas");
        List<string> findings = [];
        var calls = 0;
        foreach (var operation in document.Operations)
        {
            var isWrite = operation.Method != "GET";
            if (!isWrite && !operation.Parameters("query").Any())
            {
                continue;
            }

            var operationSeed = seed ^ StableHash($"{operation.Method} {operation.Path}");
            var random = new Random(operationSeed);
            var generator = new HostileJson(schemas, random, world.Ids);
            var token = await TokenAsync(operation, world);
            for (var n = 0; n < (isWrite ? CasesPerOperation : 4); n++)
            {
                using var request = Request(operation, generator, random, world, n, out var sent);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                calls++;
                using var response = await api.ClientFor(Tenant).SendAsync(request);
                if (await CheckAsync(response) is { } finding)
                {
                    findings.Add($"{operation} case {n} (seed {seed}, operation seed {operationSeed}): {finding}{Environment.NewLine}  sent {sent}");
                }
            }
        }

        calls.ShouldBeGreaterThan(500);

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }

    private static HttpRequestMessage Request(Operation operation, HostileJson generator, Random random, World world, int n, out string sent)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters("path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            path = path.Replace($"{{{name}}}", Uri.EscapeDataString(PathValue(operation, parameter, world)), StringComparison.Ordinal);
        }

        var query = operation.Parameters("query").Select(p => p.GetProperty("name").GetString()!).ToList();
        if (query.Count > 0 && (operation.Method == "GET" || n % 3 == 0))
        {
            string[] hostile = ["a\0b", new string('q', 5_000), "-1", "99999999999999999999", "%", "😀", "' OR 1=1 --"];
            path += "?" + string.Join('&', query.Select(q => $"{q}={Uri.EscapeDataString(hostile[random.Next(hostile.Length)])}"));
        }

        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        foreach (var header in operation.Parameters("header").Select(h => h.GetProperty("name").GetString()!)
                     .Where(h => h is not "X-Tenant" and not "Accept-Language"))
        {
            request.Headers.TryAddWithoutValidation(header, n % 4 == 1 ? "'\"<>" + new string('h', 300) : Guid.NewGuid().ToString());
        }

        sent = path;
        if (operation.BodyMediaType is null)
        {
            return request;
        }

        if (operation.BodyMediaType == "multipart/form-data")
        {
            var bytes = new byte[random.Next(0, 64 * 1024)];
            random.NextBytes(bytes);
            if (n % 3 == 1)
            {
                Png.CopyTo(bytes.AsSpan(0, Math.Min(bytes.Length, Png.Length)));
            }

            var form = new MultipartFormDataContent();
            if (n % 5 != 0)
            {
                form.Add(new ByteArrayContent(bytes), "file", n % 2 == 0 ? "../a b.png" : "photo.png");
            }

            form.Add(new StringContent(n % 3 == 0 ? "Identity\0Proof" : "IdentityProof"), "kind");
            request.Content = form;
            sent += $" multipart with {bytes.Length} random bytes";
            return request;
        }

        var schema = operation.Element.GetProperty("requestBody").GetProperty("content").EnumerateObject().First().Value.GetProperty("schema");
        var plausible = generator.Plausible(schema);
        var body = n == 0 ? HostileJson.Serialize(plausible) : generator.Break(plausible);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Content = content;
        var text = Encoding.UTF8.GetString(body);
        sent += $" {body.Length} bytes: {(text.Length > 400 ? text[..400] + "…" : text)}";
        return request;
    }

    private static string PathValue(Operation operation, JsonElement parameter, World world)
    {
        var name = parameter.GetProperty("name").GetString()!;
        var schema = parameter.GetProperty("schema");
        if (schema.TryGetProperty("enum", out var values))
        {
            return values[0].GetString()!;
        }

        if (!schema.TryGetProperty("format", out var format) || format.GetString() != "uuid")
        {
            return name == "role" ? "no-such-role" : "probe";
        }

        return (name, operation.Path) switch
        {
            ("id", var p) when p.StartsWith("/api/v1/products/", StringComparison.Ordinal) => world.Ids["productId"],
            ("id", var p) when p.StartsWith("/api/v1/sellers/", StringComparison.Ordinal) => world.Ids["sellerId"],
            ("id", var p) when p.StartsWith("/api/v1/categories/", StringComparison.Ordinal) => world.Ids["categoryId"],
            _ => Guid.NewGuid().ToString(),
        };
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status}: {await response.Content.ReadAsStringAsync()}";
        }

        if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} is {response.Content.Headers.ContentType?.MediaType ?? "empty"}, not a problem";
        }

        return null;
    }

    /// <summary>The role the operation's description asks for; its seller for seller routes; else a fresh customer.</summary>
    private async Task<string?> TokenAsync(Operation operation, World world)
    {
        if (operation.Anonymous)
        {
            return null;
        }

        var description = operation.Element.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
        var role = RolePattern().Match(description) is { Success: true } match ? match.Groups[1].Value : null;
        if (role is not null && !JobTriggers.Any(operation.Path.Contains))
        {
            return (await api.CreateUserAsync(Tenant, role)).Token;
        }

        return operation.Path.Contains("/products", StringComparison.Ordinal) || operation.Path.Contains("/seller", StringComparison.Ordinal)
            ? world.SellerToken
            : (await api.CreateUserAsync(Tenant)).Token;
    }

    /// <summary>A verified seller's published, customisable product and a category, so generated bodies reach the use cases.</summary>
    private async Task<World> WorldAsync()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var product = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Fuzzed nameplate", 900m));
        var options = new
        {
            options = new object[]
            {
                new { key = "engraving", type = "text", labels = new { en = "Engraving" }, maxLength = 30, allowedPattern = "^[A-Za-z ]*$" },
                new { key = "size", type = "choice", labels = new { en = "Size" }, choices = new[] { new { value = "small", labels = new { en = "S" } } } },
            },
        };
        (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", options)).EnsureSuccessStatusCode();
        var token = seller.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        return new World(token, new Dictionary<string, string>
        {
            ["productId"] = product.Id.ToString(),
            ["sellerId"] = seller.SellerId.ToString(),
            ["categoryId"] = category.ToString(),
        });
    }

    /// <summary>FNV-1a: string.GetHashCode differs between processes, and the seed must not.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    [GeneratedRegex("with the role `([a-z]+)`")]
    private static partial Regex RolePattern();

    private sealed record World(string SellerToken, IReadOnlyDictionary<string, string> Ids);
}
