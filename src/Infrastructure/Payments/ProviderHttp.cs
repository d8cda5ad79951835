using System.Net;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using Polly;

namespace CustomiseYou.Infrastructure.Payments;

/// <summary>A provider's answer: its status and JSON body (an empty object when it sent none).</summary>
public sealed class ProviderAnswer(HttpStatusCode status, JsonDocument body) : IDisposable
{
    public HttpStatusCode Status { get; } = status;

    public JsonElement Body => body.RootElement;

    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public void Dispose() => body.Dispose();
}

/// <summary>
/// JSON over HTTP for the providers without a usable SDK (Razorpay, PayPal). Outages (no connection, a timeout, an open
/// circuit, 5xx, 408, 429) and refused credentials (our configuration, not the customer's doing) become
/// <see cref="ExternalServiceException"/> (503); any other 4xx comes back for the gateway to read the provider's reason.
/// </summary>
internal static class ProviderHttp
{
    public static async Task<ProviderAnswer> SendAsync(
        HttpClient http, HttpRequestMessage request, string provider, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ExternalServiceException(provider, "could not be reached", exception);
        }
        catch (ExecutionRejectedException exception)
        {
            // The resilience handler's timeouts and open circuit breaker.
            throw new ExternalServiceException(provider, "did not answer in time", exception);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500 || status is 408 or 429)
            {
                throw new ExternalServiceException(provider, $"answered {status}");
            }

            if (status is 401 or 403)
            {
                throw new ExternalServiceException(provider, $"refused our credentials ({status})");
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            try
            {
                return new ProviderAnswer(response.StatusCode, JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text));
            }
            catch (JsonException exception)
            {
                throw new ExternalServiceException(provider, $"answered {status} with a body that is not JSON", exception);
            }
        }
    }

    /// <summary>The element at <paramref name="path"/> (object properties), or null when any step is missing.</summary>
    public static JsonElement? At(this JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    public static string? StringAt(this JsonElement element, params string[] path) =>
        element.At(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static long? LongAt(this JsonElement element, params string[] path) =>
        element.At(path) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    /// <summary>Parses a webhook body; null when it is not JSON (such a delivery is refused like a bad signature).</summary>
    public static JsonDocument? ParseOrNull(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
