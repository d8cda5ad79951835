using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.ApiKeys;

/// <summary>Keys created through the admin API, and clients that present them.</summary>
internal static class ApiKeyTestKit
{
    public static async Task<IssuedApiKeyDto> CreateKeyAsync(
        this HttpClient admin, string kind, string[]? scopes = null, Guid? sellerId = null, int? rateLimitPerMinute = null) =>
        await (await admin.PostAsJsonAsync("/api/v1/admin/api-keys",
                new { name = $"Integration {Guid.NewGuid():N}"[..24], kind, scopes, sellerId, rateLimitPerMinute }))
            .ReadAsync<IssuedApiKeyDto>(HttpStatusCode.Created);

    /// <summary>A client sending <c>Authorization: ApiKey sk_…</c>.</summary>
    public static HttpClient WithSecretKey(this ApiFactory api, string tenant, string key) => WithSecretKey(api.ClientFor(tenant), key);

    public static HttpClient WithSecretKey(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    /// <summary>A client sending <c>X-Api-Key: pk_…</c>.</summary>
    public static HttpClient WithPublishableKey(this ApiFactory api, string tenant, string key)
    {
        var client = api.ClientFor(tenant);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Every key of the region, walking the pages.</summary>
    public static async Task<List<ApiKeyDto>> ListAllAsync(this HttpClient admin)
    {
        List<ApiKeyDto> all = [];
        string? cursor = null;
        do
        {
            var page = await (await admin.GetAsync($"/api/v1/admin/api-keys?limit=100{(cursor is null ? "" : "&cursor=" + cursor)}"))
                .ReadAsync<ApiKeyPage>(HttpStatusCode.OK);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }
}
