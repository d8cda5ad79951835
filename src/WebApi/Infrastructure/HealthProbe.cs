namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// <c>dotnet CustomiseYou.WebApi.dll healthcheck [url]</c>: the container image's HEALTHCHECK, since the ASP.NET
/// runtime image has no curl. Asks the liveness endpoint of the process beside it; exit code 0 when it answers 200.
/// </summary>
public static class HealthProbe
{
    public const string Command = "healthcheck";

    public static async Task<int> RunAsync(string[] args, TimeSpan timeout)
    {
        var url = args.Length > 1 ? args[1] : DefaultUrl();
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{url}: {exception.Message}");
            return 1;
        }
    }

    /// <summary>The first port of ASPNETCORE_HTTP_PORTS (the runtime image sets 8080), on loopback.</summary>
    private static string DefaultUrl()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = string.IsNullOrWhiteSpace(ports) ? "8080" : ports.Split([',', ';'])[0].Trim();
        return $"http://127.0.0.1:{port}/health/live";
    }
}
