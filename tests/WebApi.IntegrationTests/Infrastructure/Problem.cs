using System.Net;
using System.Text.Json;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>An RFC 9457 problem read from a response, with assertions on its shape.</summary>
public sealed record Problem(int Status, string? Code, string? Title, string? Detail, string? TraceId, IReadOnlyDictionary<string, string[]> Errors, string Raw)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, raw);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", raw);
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        var errors = root.TryGetProperty("errors", out var errorsElement)
            ? errorsElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray())
            : [];
        var problem = new Problem(
            root.GetProperty("status").GetInt32(),
            String(root, "code"),
            String(root, "title"),
            String(root, "detail"),
            String(root, "traceId"),
            errors,
            raw);
        problem.Status.ShouldBe((int)expected);
        problem.TraceId.ShouldNotBeNullOrEmpty();
        return problem;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() : null;
}
