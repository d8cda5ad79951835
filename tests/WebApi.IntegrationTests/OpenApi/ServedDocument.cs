using System.Net;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.OpenApi;

/// <summary>The OpenAPI document exactly as the test host serves it, and its operations.</summary>
public sealed class ServedDocument
{
    private ServedDocument(string json)
    {
        Json = json;
        Root = JsonDocument.Parse(json).RootElement;
    }

    public string Json { get; }

    public JsonElement Root { get; }

    public IEnumerable<Operation> Operations =>
        Root.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(op => new Operation(op.Name.ToUpperInvariant(), path.Name, op.Value)));

    public JsonElement Schema(string id) => Root.GetProperty("components").GetProperty("schemas").GetProperty(id);

    public static async Task<ServedDocument> FetchAsync(ApiFactory api)
    {
        var response = await api.ClientFor(null).GetAsync("/openapi/v1.json");
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json);
        return new ServedDocument(json);
    }

    /// <summary>A repository folder, found above the test binaries.</summary>
    public static string RepositoryPath(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomiseYou.sln")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException($"No CustomiseYou.sln above {AppContext.BaseDirectory}.");
    }
}

public sealed record Operation(string Method, string Path, JsonElement Element)
{
    public string Id => Element.GetProperty("operationId").GetString()!;

    public IReadOnlySet<int> Statuses => Element.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name)).ToHashSet();

    public bool Anonymous => Element.TryGetProperty("security", out var security)
        && security.EnumerateArray().All(requirement => !requirement.EnumerateObject().Any());

    public string? BodyMediaType => Element.TryGetProperty("requestBody", out var body)
        ? body.GetProperty("content").EnumerateObject().First().Name
        : null;

    public IEnumerable<JsonElement> Parameters(string location) =>
        Element.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == location)
            : [];

    public override string ToString() => $"{Id} ({Method} {Path})";
}
