using System.Net;
using System.Net.Http.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>
/// Texts go through the Twilio SDK with each region's own account (Notifications:Sms:Regions), over our HttpClient to
/// the local stub; Twilio's refusals surface as 503, never as a 500 or a text that silently went nowhere.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TwilioAccountTests(ApiFactory api)
{
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task A_region_with_its_own_twilio_account_texts_through_that_account_and_number()
    {
        var client = _kit.Bearer(TestDatabases.PayPalTenant, (await api.CreateUserAsync(TestDatabases.PayPalTenant)).Token);
        var phone = IdentityKit.NewPhone();

        (await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var sms = await _kit.LatestTextAsync(phone);
        sms.Path.ShouldBe(ProviderStubs.MessagesPath(ProviderStubs.TwilioRegionAccountSid));
        sms.Authorization.ShouldBe(IdentityKit.BasicAuthorization(ProviderStubs.TwilioRegionAccountSid, ProviderStubs.TwilioRegionAuthToken));
        sms.From.ShouldBe("+910000000099");
        sms.Body.ShouldContain(sms.Code);
    }

    [Fact]
    public async Task Twilio_refusing_the_message_is_503_with_the_dependency_named_and_no_code_kept()
    {
        const string tenant = "europe";
        var client = _kit.Bearer(tenant, (await api.CreateUserAsync(tenant)).Token);
        var phone = IdentityKit.NewPhone();
        var refusal = Guid.NewGuid();
        api.Providers.Server
            .Given(Request.Create().WithPath(ProviderStubs.TwilioMessagesPath).UsingPost()
                .WithBody(new WildcardMatcher($"*{Uri.EscapeDataString(phone)}*")))
            .WithGuid(refusal)
            .AtPriority(-1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}"));
        try
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone });

            (await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable)).Code.ShouldBe("dependency_unavailable");
            (await _kit.LatestTextAsync(phone)).Entry.MappingGuid.ShouldBe(refusal);
        }
        finally
        {
            api.Providers.Server.DeleteMapping(refusal);
        }

        // Nothing was kept from the refused attempt, so a retry is not throttled.
        (await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }
}
