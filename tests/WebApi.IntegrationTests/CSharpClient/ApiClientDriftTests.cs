using System.Diagnostics;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.OpenApi;

namespace CustomiseYou.WebApi.IntegrationTests.CSharpClient;

/// <summary>
/// src/ApiClient/Generated is exactly what Kiota (the local tool of .config/dotnet-tools.json) generates from the
/// document the API serves, so the C# client cannot drift from the contract the lint and the TypeScript client check.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiClientDriftTests(ApiFactory api)
{
    private static readonly string CheckedIn = ServedDocument.RepositoryPath("src", "ApiClient", "Generated");

    [Fact]
    public async Task The_checked_in_client_is_what_kiota_generates_from_the_served_document()
    {
        var document = await ServedDocument.FetchAsync(api);
        var work = Directory.CreateTempSubdirectory("customiseyou-client-");
        try
        {
            var path = Path.Combine(work.FullName, "openapi.json");
            await File.WriteAllTextAsync(path, document.Json);
            var generated = Path.Combine(work.FullName, "Generated");

            var (exitCode, output) = await GenerateAsync(path, generated);

            exitCode.ShouldBe(0, output);
            var drift = Differences(CheckedIn, generated);
            Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories).Count().ShouldBeGreaterThan(100, output);
            drift.ShouldBeEmpty(
                "src/ApiClient/Generated is not what Kiota generates from the served OpenAPI document. With the API running "
                + "(dotnet run --project src/WebApi), run build/generate-client.sh and commit the result. Differing files");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Files only one side has, or whose text differs, by path under the folder.</summary>
    private static List<string> Differences(string expected, string actual)
    {
        var left = Files(expected);
        var right = Files(actual);
        return
        [
            .. left.Keys.Except(right.Keys).Select(file => $"{file} (no longer generated)"),
            .. right.Keys.Except(left.Keys).Select(file => $"{file} (new)"),
            .. left.Keys.Intersect(right.Keys)
                .Where(file => File.ReadAllText(left[file]) != File.ReadAllText(right[file]))
                .Select(file => $"{file} (changed)"),
        ];
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(file => Path.GetRelativePath(folder, file))
            : [];

    private static async Task<(int ExitCode, string Output)> GenerateAsync(string document, string output)
    {
        var start = new ProcessStartInfo("bash", [ServedDocument.RepositoryPath("build", "generate-client.sh"), document, output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
