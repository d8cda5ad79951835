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
    public const string StripeSecretKey = "sk_test_customiseyou";
    public const string StripeWebhookSecret = "whsec_test_customiseyou";

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

        StubStripe();
    }

    /// <summary>
    /// Stripe answers every POST with an object whose id is made from the request's Idempotency-Key, as Stripe
    /// would replay it: a retried request gets the same object back.
    /// </summary>
    public void StubStripe()
    {
        StripeJson("/v1/payment_intents", 200,
            "{\"id\":\"pi_{{request.headers.[Idempotency-Key]}}\",\"object\":\"payment_intent\",\"status\":\"requires_payment_method\"," +
            "\"client_secret\":\"pi_{{request.headers.[Idempotency-Key]}}_secret_test\"}");
        StripeJson("/v1/transfers", 200, "{\"id\":\"tr_{{request.headers.[Idempotency-Key]}}\",\"object\":\"transfer\"}");
        StripeJson("/v1/payouts", 200, "{\"id\":\"po_{{request.headers.[Idempotency-Key]}}\",\"object\":\"payout\",\"status\":\"pending\"}");
        StripeJson("/v1/refunds", 200, "{\"id\":\"re_{{request.headers.[Idempotency-Key]}}\",\"object\":\"refund\",\"status\":\"succeeded\"}");
        Server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/v1/transfers/[^/]+/reversals$")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("{\"id\":\"trr_{{request.headers.[Idempotency-Key]}}\",\"object\":\"transfer_reversal\"}").WithTransformer());
    }

    /// <summary>Makes <paramref name="path"/> answer <paramref name="status"/> with a templated JSON body (overrides the default stub).</summary>
    public void StripeJson(string path, int status, string body, string? scenario = null, string? whenState = null, string? thenState = null)
    {
        // Added after the defaults, so it answers instead of them (same priority, the newest mapping wins).
        var given = Server.Given(Request.Create().WithPath(path).UsingPost());
        if (scenario is not null)
        {
            given = given.InScenario(scenario);
            if (whenState is not null)
            {
                given = given.WhenStateIs(whenState);
            }

            if (thenState is not null)
            {
                given = given.WillSetStateTo(thenState);
            }
        }

        given.RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body).WithTransformer());
    }

    /// <summary>Requests received at <paramref name="path"/>, oldest first.</summary>
    public IReadOnlyList<WireMock.Logging.ILogEntry> RequestsTo(string path) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime)];

    public void Dispose() => Server.Stop();
}
