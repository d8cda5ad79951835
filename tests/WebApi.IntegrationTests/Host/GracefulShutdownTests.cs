using System.Diagnostics;
using System.Net;
using System.Text;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Host;

/// <summary>
/// The published entry point on the embedded default, stopped as an orchestrator stops it: SIGTERM while a request is
/// still arriving. The request is answered, then the process exits on its own with code 0.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Sigterm_drains_the_request_in_flight_and_the_process_exits()
    {
        var data = Directory.CreateTempSubdirectory("customiseyou-shutdown-");
        var port = LoopbackPorts.Free();
        using var process = Start(data.FullName, port);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = Bound };
            await WaitUntilLiveAsync(http, process);

            var body = new TrickledBody("{\"email\":\"nobody@example.com\",", "\"password\":\"not-the-password\"}").Json();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = body };
            request.Headers.Add("X-Tenant", "europe");
            var answer = http.SendAsync(request);
            await body.FirstHalfSent.WaitAsync(Bound);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            {
                await kill.WaitForExitAsync();
            }

            await WaitForLineAsync(output, "Application is shutting down", process);
            body.SendRest();

            (await answer).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            using var exit = new CancellationTokenSource(Bound);
            await process.WaitForExitAsync(exit.Token);
            process.ExitCode.ShouldBe(0, Snapshot(output));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            data.Delete(recursive: true);
        }
    }

    private static Process Start(string dataDirectory, int port)
    {
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "CustomiseYou.WebApi.dll")])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var tenant in TestDatabases.Tenants)
        {
            start.Environment[$"Tenants__{tenant}__Database__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, tenant + ".db")}";
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntilLiveAsync(HttpClient http, Process process)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The host did not become live.");
    }

    private static async Task WaitForLineAsync(StringBuilder output, string text, Process process)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!Snapshot(output).Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new InvalidOperationException($"'{text}' never logged:\n{Snapshot(output)}");
            }

            await Task.Delay(100);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>A JSON body sent in two parts, the second only when the test says so.</summary>
    private sealed class TrickledBody(string first, string rest) : HttpContent
    {
        private readonly TaskCompletionSource _firstSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TrickledBody Json()
        {
            Headers.ContentType = new("application/json");
            return this;
        }

        public Task FirstHalfSent => _firstSent.Task;

        public void SendRest() => _release.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(first));
            await stream.FlushAsync();
            _firstSent.TrySetResult();
            await _release.Task;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(rest));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
