using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

public static class HttpExtensions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, raw);
        return JsonSerializer.Deserialize<T>(raw, Json)!;
    }

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string uri, object body) =>
        client.PatchAsync(uri, JsonContent.Create(body, options: Json));

    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string uri, string json) =>
        client.PostAsync(uri, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
