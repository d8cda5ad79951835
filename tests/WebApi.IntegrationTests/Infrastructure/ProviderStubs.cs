using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>
/// One local HTTP server on 127.0.0.1 standing in for every external provider (SendGrid, Twilio, Google and Apple
/// JWKS). Tests read the requests it received to check exact bodies and credentials.
/// </summary>
public sealed class ProviderStubs : IDisposable
{
    public const string SendGridApiKey = "SG.test-key";
    public const string TwilioAccountSid = "AC00000000000000000000000000000000";
    public const string TwilioAuthToken = "twilio-test-token";
    public const string GoogleIssuer = "https://accounts.google.com";
    public const string AppleIssuer = "https://appleid.apple.com";

    public ProviderStubs()
    {
        Server = WireMockServer.Start();
        SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };
        Reset();
    }

    public WireMockServer Server { get; }

    /// <summary>The key the "providers" sign id tokens with; its public half is served as JWKS.</summary>
    public RsaSecurityKey SigningKey { get; }

    public string BaseUrl => Server.Url!;

    public string GoogleJwksUrl => BaseUrl + "/google/jwks";

    public string AppleJwksUrl => BaseUrl + "/apple/jwks";

    public static string GoogleClientId(string tenant) => $"google-client-{tenant}";

    public static string AppleClientId(string tenant) => $"apple-client-{tenant}";

    public static string TwilioMessagesPath => $"/2010-04-01/Accounts/{TwilioAccountSid}/Messages.json";

    /// <summary>Restores the default, healthy answers.</summary>
    public void Reset()
    {
        Server.Reset();
        Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202));
        Server.Given(Request.Create().WithPath(TwilioMessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json")
                .WithBody("{\"sid\":\"SM00000000000000000000000000000000\",\"status\":\"queued\"}"));
        var publicJwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(SigningKey.Rsa.ExportParameters(false)) { KeyId = SigningKey.KeyId });
        var jwks = JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = publicJwk.Kty, kid = publicJwk.Kid, use = "sig", alg = "RS256", n = publicJwk.N, e = publicJwk.E } },
        });
        foreach (var path in new[] { "/google/jwks", "/apple/jwks" })
        {
            Server.Given(Request.Create().WithPath(path).UsingGet())
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(jwks));
        }
    }

    /// <summary>Requests received at <paramref name="path"/>, oldest first.</summary>
    public IReadOnlyList<WireMock.Logging.ILogEntry> RequestsTo(string path) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime)];

    public void Dispose() => Server.Stop();
}
