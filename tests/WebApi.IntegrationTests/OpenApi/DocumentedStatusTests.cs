using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.OpenApi;

/// <summary>
/// Calls every operation of the served document the way a fuzzer would (no region, no token, a customer's token, another
/// region's token, an empty or wrongly typed body, ids that do not exist) and checks each answer is a status the operation
/// documents, and every error is a problem of the documented shape. Admins only read: their writes would run jobs.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentedStatusTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task Every_status_an_operation_answers_with_is_documented_and_every_error_is_a_problem()
    {
        var document = await ServedDocument.FetchAsync(api);
        var customer = await ClientAsync(Tenant);
        var foreigner = await ClientAsync("south-asia", tenant: Tenant);
        var admin = await ClientAsync(Tenant, "admin");
        List<string> findings = [];
        var probes = 0;
        foreach (var operation in document.Operations)
        {
            List<(string Who, HttpClient Client, string? Body)> callers =
            [
                ("no region", api.ClientFor(null), "{}"),
                ("anonymous", api.ClientFor(Tenant), "{}"),
                ("customer", customer, "{}"),
                ("customer, text body", customer, null),
            ];
            if (!operation.Anonymous)
            {
                callers.Add(("another region's token", foreigner, "{}"));
            }

            if (operation.Method == "GET")
            {
                callers.Add(("admin", admin, "{}"));
            }

            foreach (var (who, client, body) in callers)
            {
                if (body is null && operation.BodyMediaType is null)
                {
                    continue;
                }

                probes++;
                using var response = await client.SendAsync(Request(operation, body));
                var finding = await CheckAsync(operation, response);
                if (finding is not null)
                {
                    findings.Add($"{operation} as {who}: {finding}");
                }
            }
        }

        probes.ShouldBeGreaterThan(300);
        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }

    private static HttpRequestMessage Request(Operation operation, string? body)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters("path"))
        {
            path = path.Replace($"{{{parameter.GetProperty("name").GetString()}}}", Sample(parameter.GetProperty("schema")));
        }

        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        foreach (var header in operation.Parameters("header").Where(h => h.GetProperty("name").GetString() == "Idempotency-Key"))
        {
            request.Headers.Add(header.GetProperty("name").GetString()!, Guid.NewGuid().ToString());
        }

        request.Content = (operation.BodyMediaType, body) switch
        {
            (null, _) => null,
            (_, null) => new StringContent("not json", Encoding.UTF8, "text/plain"),
            ("multipart/form-data", _) => new MultipartFormDataContent { { new StringContent("probe"), "note" } },
            _ => new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return request;
    }

    private static string Sample(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) ? values[0].GetString()!
        : schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" ? Guid.NewGuid().ToString()
        : "probe";

    private static async Task<string?> CheckAsync(Operation operation, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var raw = await response.Content.ReadAsStringAsync();
        if (!operation.Statuses.Contains(status))
        {
            return $"undocumented {status}: {raw}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} is {response.Content.Headers.ContentType?.MediaType ?? "empty"}, not application/problem+json";
        }

        var problem = JsonDocument.Parse(raw).RootElement;
        string[] missing = [.. ((string[])["type", "title", "status", "code", "traceId"]).Where(field => !problem.TryGetProperty(field, out _))];
        return missing.Length == 0 ? null : $"{status} problem lacks {string.Join(", ", missing)}: {raw}";
    }

    private async Task<HttpClient> ClientAsync(string issuer, string? role = null, string? tenant = null)
    {
        var (_, token) = role is null ? await api.CreateUserAsync(issuer) : await api.CreateUserAsync(issuer, role);
        var client = api.ClientFor(tenant ?? issuer);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
