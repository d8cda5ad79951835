using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.OpenApi;

/// <summary>
/// What client teams run on the served document: Redocly (recommended) and Spectral (spectral:oas) find nothing, and a
/// TypeScript client generated from it (openapi-typescript + openapi-fetch) type-checks a purchase flow that needs no casts
/// and runs it against a real host. The npm tools live in build/openapi/node_modules, installed by build/test.sh.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiToolingTests(ApiFactory api)
{
    private static readonly string Tools = ServedDocument.RepositoryPath("build", "openapi");

    [Fact]
    public async Task Redocly_and_spectral_find_nothing_and_a_generated_typescript_client_runs_the_purchase_flow()
    {
        var document = await ServedDocument.FetchAsync(api);
        var path = Path.Combine(Path.GetTempPath(), $"customiseyou-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, document.Json);
        try
        {
            var redocly = RunAsync("redocly", "lint", path, "--config", "redocly.yaml", "--format=json");
            var spectral = RunAsync(
                "spectral", "lint", path, "--ruleset", ".spectral.yaml", "--format", "json", "--fail-severity", "warn", "--quiet");
            var client = GenerateAndTypeCheckAsync(path);

            var (redoclyExit, redoclyOutput) = await redocly;
            redoclyExit.ShouldBe(0, redoclyOutput);
            var totals = JsonDocument.Parse(redoclyOutput[redoclyOutput.IndexOf('{')..]).RootElement.GetProperty("totals");
            (totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32()).ShouldBe((0, 0), redoclyOutput);

            var (spectralExit, spectralOutput) = await spectral;
            spectralExit.ShouldBe(0, spectralOutput);
            JsonDocument.Parse(spectralOutput).RootElement.GetArrayLength().ShouldBe(0, spectralOutput);

            var (clientExit, clientOutput) = await client;
            clientExit.ShouldBe(0, clientOutput);

            var (flowExit, flowOutput) = await RunPurchaseFlowAsync();
            flowExit.ShouldBe(0, flowOutput);
            flowOutput.ShouldContain("{\"status\":\"InProduction\"}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int ExitCode, string Output)> GenerateAndTypeCheckAsync(string document)
    {
        var generated = await RunAsync("openapi-typescript", document, "--output", Path.Combine("generated", "api.d.ts"));
        if (generated.ExitCode != 0)
        {
            return generated;
        }

        // purchase-flow.ts reads the generated types; any cast it needed would be a gap in the document.
        return await RunAsync("tsc", "--project", "tsconfig.json");
    }

    /// <summary>A seller's customisable product, a customer, an admin; the compiled flow buys it through a Kestrel host.</summary>
    private async Task<(int ExitCode, string Output)> RunPurchaseFlowAsync()
    {
        const string tenant = "south-asia";
        var word = string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))))[..12];
        var seller = await SellerAsync(api, tenant);
        var product = await PublishedAsync(seller.Client, NewProduct(tenant, await CategoryAsync(api, tenant), title: $"Walnut nameplate {word}"));
        var engraving = new
        {
            options = new[]
            {
                new
                {
                    key = "engraving", type = "text", labels = new { en = "Engraving" }, required = true, maxLength = 20,
                    pricing = new { rules = new[] { new { type = "perCharacter", amount = new { amount = 10m, currency = "INR" } } } },
                },
            },
        };
        (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", engraving)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, customer) = await api.CreateUserAsync(tenant);
        var (_, admin) = await api.CreateUserAsync(tenant, "admin");

        var compiled = await RunAsync("tsc", "--project", "tsconfig.json", "--noEmit", "false", "--outDir", Path.Combine("generated", "js"));
        if (compiled.ExitCode != 0)
        {
            return compiled;
        }

        await using var host = new KestrelNode(api.Providers);
        var accounts = JsonSerializer.Serialize(new
        {
            baseUrl = host.BaseAddress,
            region = tenant,
            customer,
            seller = seller.Client.DefaultRequestHeaders.Authorization!.Parameter,
            admin,
        });
        return await RunAsync("node", Path.Combine(Tools, "run-purchase-flow.mjs"), accounts, word);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var executable = tool == "node" ? "node" : Path.Combine(Tools, "node_modules", ".bin", tool);
        (tool == "node" || File.Exists(executable)).ShouldBeTrue($"{executable} is missing: run ./build/test.sh, or npm ci --prefix build/openapi.");
        var start = new ProcessStartInfo(executable, arguments)
        {
            WorkingDirectory = Tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output;
        return (process.ExitCode, tool is "tsc" or "node" || process.ExitCode != 0 ? text + await error : text);
    }
}
