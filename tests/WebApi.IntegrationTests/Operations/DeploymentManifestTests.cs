using System.Diagnostics;
using CustomiseYou.WebApi.IntegrationTests.OpenApi;

namespace CustomiseYou.WebApi.IntegrationTests.Operations;

/// <summary>
/// deploy/ and .github/workflows checked by build/deploy/validate.mjs: every kustomize overlay rendered by kubectl and
/// validated against the Kubernetes schemas plus the platform's rules, the compose stack, the Dockerfile and the CI
/// workflow. The npm tools live in build/deploy/node_modules, installed by build/test.sh.
/// </summary>
public sealed class DeploymentManifestTests
{
    [Fact]
    public async Task Manifests_compose_file_dockerfile_and_workflow_pass_the_deployment_checks()
    {
        var tools = ServedDocument.RepositoryPath("build", "deploy");
        File.Exists(Path.Combine(tools, "node_modules", ".bin", "action-validator"))
            .ShouldBeTrue("run ./build/test.sh, or npm ci --prefix build/deploy");
        var start = new ProcessStartInfo("node", "validate.mjs") { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        var report = await output + await error;
        process.ExitCode.ShouldBe(0, report);
        report.ShouldContain("2 overlays");
        report.ShouldContain("0 findings");
    }
}
