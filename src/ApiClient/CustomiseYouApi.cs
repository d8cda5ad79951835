using Microsoft.Kiota.Http.HttpClientLibrary;

namespace CustomiseYou.ApiClient;

/// <summary>
/// The generated client over an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is the API's origin
/// (the client carries no server of its own). The caller owns the HttpClient (IHttpClientFactory, a test server).
/// </summary>
public static class CustomiseYouApi
{
    public static CustomiseYouApiClient Create(HttpClient httpClient, ApiCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        var baseAddress = httpClient.BaseAddress ?? throw new ArgumentException(
            "Set the HttpClient's BaseAddress to the API's origin, e.g. https://eu.customiseyou.example.", nameof(httpClient));
        var adapter = new HttpClientRequestAdapter(new RegionAuthenticationProvider(credentials), httpClient: httpClient)
        {
            BaseUrl = baseAddress.AbsoluteUri.TrimEnd('/'), // the URL templates start with /api/v1
        };
        return new CustomiseYouApiClient(adapter);
    }
}
