using System.Diagnostics;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.OpenApi;

/// <summary>
/// What client teams run on the served document: Redocly (recommended) and Spectral (spectral:oas) find nothing, and a
/// TypeScript client generated from it (openapi-typescript + openapi-fetch) type-checks a purchase flow that needs no casts.
/// The npm tools live in build/openapi/node_modules, installed by build/test.sh.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiToolingTests(ApiFactory api)
{
    private static readonly string Tools = ServedDocument.RepositoryPath("build", "openapi");

    [Fact]
    public async Task Redocly_and_spectral_find_nothing_and_a_generated_typescript_client_type_checks_the_purchase_flow()
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

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(Tools, "node_modules", ".bin", tool);
        File.Exists(executable).ShouldBeTrue($"{executable} is missing: run ./build/test.sh, or npm ci --prefix build/openapi.");
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
        return (process.ExitCode, tool == "tsc" || process.ExitCode != 0 ? text + await error : text);
    }
}
