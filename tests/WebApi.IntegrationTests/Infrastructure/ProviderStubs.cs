using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

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

    /// <summary>The own Twilio account of <see cref="TestDatabases.PayPalTenant"/> (Notifications:Sms:Regions); others share the above.</summary>
    public const string TwilioRegionAccountSid = "AC11111111111111111111111111111111";
    public const string TwilioRegionAuthToken = "twilio-region-test-token";
    public const string GoogleIssuer = "https://accounts.google.com";
    public const string AppleIssuer = "https://appleid.apple.com";
    public const string StripeSecretKey = "sk_test_customiseyou";
    public const string StripeWebhookSecret = "whsec_test_customiseyou";
    public const string RazorpayKeyId = "rzp_test_customiseyou";
    public const string RazorpayKeySecret = "rzp-key-secret-customiseyou";
    public const string RazorpayWebhookSecret = "rzp-webhook-secret-customiseyou";
    public const string PayPalClientId = "paypal-client-customiseyou";
    public const string PayPalClientSecret = "paypal-secret-customiseyou";
    public const string PayPalWebhookId = "WH-customiseyou-test";
    public const string PayPalAccessToken = "A21AA-paypal-test-token";

    /// <summary>The one PAYPAL-TRANSMISSION-SIG the stubbed verify API accepts; PayPal answers FAILURE for any other.</summary>
    public const string PayPalValidTransmissionSig = "paypal-signature-that-verifies";

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

    public static string TwilioMessagesPath => MessagesPath(TwilioAccountSid);

    public static string MessagesPath(string accountSid) => $"/2010-04-01/Accounts/{accountSid}/Messages.json";

    /// <summary>Restores the default, healthy answers.</summary>
    public void Reset()
    {
        Server.Reset();
        Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202));
        foreach (var account in new[] { TwilioAccountSid, TwilioRegionAccountSid })
        {
            Server.Given(Request.Create().WithPath(MessagesPath(account)).UsingPost())
                .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json")
                    .WithBody("{\"sid\":\"SM00000000000000000000000000000000\",\"status\":\"queued\"}"));
        }

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
        StubRazorpay();
        StubPayPal();
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

    // ---- Razorpay -------------------------------------------------------------------------------------------------

    public static string RazorpayBasicAuth => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{RazorpayKeyId}:{RazorpayKeySecret}"));

    /// <summary>The Razorpay order id the stub gives a checkout: named after its receipt.</summary>
    public static string RazorpayOrderId(Guid checkoutId) => $"order_{checkoutId:N}";

    /// <summary>
    /// Razorpay's healthy answers, only for requests with our Basic credentials (Stripe shares the reversal path).
    /// Orders are named after their receipt; refunds and reversals after our idempotency keys, as Razorpay replays
    /// them. Payments and their transfers are stubbed by each test (<see cref="RazorpayJson"/>).
    /// </summary>
    public void StubRazorpay()
    {
        const string amount = "{{JsonPath.SelectToken request.body \"$.amount\"}}";
        const string currency = "{{JsonPath.SelectToken request.body \"$.currency\"}}";
        // Every south-asia checkout asks for an order, 200 at once in the concurrency test: answered in code, not by a
        // Handlebars template, which WireMock renders slowly under load.
        Server.Given(Request.Create().WithPath("/v1/orders").UsingPost().WithHeader("Authorization", RazorpayBasicAuth))
            .RespondWith(Response.Create().WithCallback(request => RazorpayOrder(request.Body!)));
        RazorpayJson("POST", "^/v1/payments/[^/]+/capture$", 200,
            $"{{\"id\":\"{{{{request.PathSegments.[2]}}}}\",\"entity\":\"payment\",\"amount\":{amount},\"currency\":\"{currency}\",\"status\":\"captured\"}}");
        RazorpayJson("POST", "^/v1/payments/[^/]+/refund$", 200,
            "{\"id\":\"rfnd_{{request.headers.[X-Refund-Idempotency]}}\",\"entity\":\"refund\",\"payment_id\":\"{{request.PathSegments.[2]}}\"," +
            $"\"amount\":{amount},\"currency\":\"INR\",\"status\":\"processed\"}}");
        RazorpayJson("POST", "^/v1/transfers/[^/]+/reversals$", 200,
            "{\"id\":\"rvrsl_{{JsonPath.SelectToken request.body \"$.notes.idempotency_key\"}}\",\"entity\":\"reversal\"," +
            $"\"transfer_id\":\"{{{{request.PathSegments.[2]}}}}\",\"amount\":{amount},\"currency\":\"INR\"}}");
        RazorpayJson("POST", "/v1/transfers", 200,
            "{\"id\":\"trf_{{JsonPath.SelectToken request.body \"$.notes.idempotency_key\"}}\",\"entity\":\"transfer\"," +
            $"\"recipient\":\"{{{{JsonPath.SelectToken request.body \"$.account\"}}}}\",\"amount\":{amount},\"currency\":\"INR\",\"on_hold\":false}}");
        RazorpayJson("PATCH", "^/v1/transfers/[^/]+$", 200, "{\"id\":\"{{request.PathSegments.[2]}}\",\"entity\":\"transfer\",\"on_hold\":false}");
        const string empty = "{\"entity\":\"collection\",\"count\":0,\"items\":[]}";
        RazorpayJson("GET", "/v1/transfers", 200, empty);
        RazorpayJson("GET", "^/v1/transfers/[^/]+/reversals$", 200, empty);
        RazorpayJson("GET", "^/v1/payments/[^/]+/transfers$", 200, empty);
    }

    private static ResponseMessage RazorpayOrder(string requestBody)
    {
        var order = JsonDocument.Parse(requestBody).RootElement;
        var receipt = order.GetProperty("receipt").GetString()!;
        var response = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData
            {
                DetectedBodyType = BodyType.String,
                BodyAsString = JsonSerializer.Serialize(new
                {
                    id = RazorpayOrderId(Guid.Parse(receipt)),
                    entity = "order",
                    amount = order.GetProperty("amount").GetInt64(),
                    currency = order.GetProperty("currency").GetString(),
                    receipt,
                    status = "created",
                }),
            },
        };
        response.AddHeader("Content-Type", "application/json");
        return response;
    }

    /// <summary>
    /// Makes Razorpay answer <paramref name="path"/> (a regex when it starts with ^) with a templated JSON body, for
    /// requests with our credentials. A negative <paramref name="priority"/> overrides the defaults.
    /// </summary>
    public void RazorpayJson(string method, string path, int status, string body, int priority = 0, string? scenario = null, string? whenState = null, string? thenState = null) =>
        Respond(Request.Create().WithPath(Path(path)).UsingMethod(method).WithHeader("Authorization", RazorpayBasicAuth), status, body, priority, scenario, whenState, thenState);

    // ---- PayPal ---------------------------------------------------------------------------------------------------

    public static string PayPalOrderId(Guid checkoutId) => $"PAYPAL-checkout-{checkoutId:N}";

    /// <summary>
    /// PayPal's healthy answers: an OAuth token for our client credentials; orders and refunds named after their
    /// PayPal-Request-Id (as PayPal replays them), for requests with that token; the verify API says SUCCESS only for
    /// <see cref="PayPalValidTransmissionSig"/> on our webhook id. Captures are stubbed by each test (<see cref="PayPalJson"/>).
    /// </summary>
    public void StubPayPal()
    {
        var basic = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{PayPalClientId}:{PayPalClientSecret}"));
        Respond(Request.Create().WithPath("/v1/oauth2/token").UsingPost().WithHeader("Authorization", basic).WithBody("grant_type=client_credentials"), 200,
            $"{{\"scope\":\"https://uri.paypal.com/services/payments\",\"access_token\":\"{PayPalAccessToken}\",\"token_type\":\"Bearer\",\"expires_in\":32400}}",
            0, null, null, null);
        PayPalJson("POST", "/v2/checkout/orders", 201,
            "{\"id\":\"PAYPAL-{{request.headers.[PayPal-Request-Id]}}\",\"status\":\"CREATED\",\"links\":[" +
            "{\"href\":\"https://api-m.paypal.com/v2/checkout/orders/PAYPAL-{{request.headers.[PayPal-Request-Id]}}\",\"rel\":\"self\",\"method\":\"GET\"}," +
            "{\"href\":\"https://www.paypal.com/checkoutnow?token=PAYPAL-{{request.headers.[PayPal-Request-Id]}}\",\"rel\":\"approve\",\"method\":\"GET\"}]}");
        PayPalJson("POST", "^/v2/payments/captures/[^/]+/refund$", 201,
            "{\"id\":\"REFUND-{{request.headers.[PayPal-Request-Id]}}\",\"status\":\"COMPLETED\"}");
        PayPalJson("POST", "/v1/payments/payouts", 201,
            "{\"batch_header\":{\"payout_batch_id\":\"BATCH-{{request.headers.[PayPal-Request-Id]}}\",\"batch_status\":\"PENDING\"}}");
        PayPalJson("POST", "/v1/notifications/verify-webhook-signature", 200, "{\"verification_status\":\"FAILURE\"}");
        Respond(Request.Create().WithPath("/v1/notifications/verify-webhook-signature").UsingPost().WithHeader("Authorization", $"Bearer {PayPalAccessToken}")
                .WithBody(new JsonPartialMatcher(new { transmission_sig = PayPalValidTransmissionSig, webhook_id = PayPalWebhookId })),
            200, "{\"verification_status\":\"SUCCESS\"}", 0, null, null, null);
    }

    /// <summary>Makes PayPal answer <paramref name="path"/> (a regex when it starts with ^) for requests with our access token.</summary>
    public void PayPalJson(string method, string path, int status, string body, int priority = 0, string? scenario = null, string? whenState = null, string? thenState = null) =>
        Respond(Request.Create().WithPath(Path(path)).UsingMethod(method).WithHeader("Authorization", $"Bearer {PayPalAccessToken}"), status, body, priority, scenario, whenState, thenState);

    private static IStringMatcher Path(string path) => path.StartsWith('^') ? new RegexMatcher(path) : new ExactMatcher(path);

    private void Respond(IRequestBuilder request, int status, string body, int priority, string? scenario, string? whenState, string? thenState)
    {
        var given = Server.Given(request).AtPriority(priority);
        if (scenario is not null)
        {
            given = given.InScenario(scenario);
            given = whenState is null ? given : given.WhenStateIs(whenState);
            given = thenState is null ? given : given.WillSetStateTo(thenState);
        }

        given.RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body).WithTransformer());
    }

    /// <summary>
    /// Makes requests to <paramref name="path"/> wait until the test releases the returned answer, then answer
    /// <paramref name="status"/> with <paramref name="body"/>; it outranks every other stub of that path.
    /// </summary>
    public HeldAnswer Hold(string method, string path, int status, Func<IRequestMessage, string> body)
    {
        var held = new HeldAnswer();
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(-100).RespondWith(Response.Create().WithCallback(async request =>
        {
            held.Arrive();
            await held.Released;
            var response = new ResponseMessage { StatusCode = status, BodyData = new BodyData { BodyAsString = body(request), DetectedBodyType = BodyType.String } };
            response.AddHeader("Content-Type", "application/json");
            return response;
        }));
        return held;
    }

    /// <summary>Requests received at <paramref name="path"/>, oldest first.</summary>
    public IReadOnlyList<WireMock.Logging.ILogEntry> RequestsTo(string path) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime)];

    public void Dispose() => Server.Stop();
}
