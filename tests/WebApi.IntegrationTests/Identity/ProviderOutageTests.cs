using System.Net;
using System.Net.Http.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>
/// A provider that fails makes the request fail with 503 and leaves nothing half-done behind. Each outage is a
/// stub matched on this test's own recipient only, so the shared provider server stays healthy for every other test.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ProviderOutageTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    // WireMock.Net picks the LOWEST priority number first and plain stubs have priority 0, so an override needs < 0.
    private const int OverridePriority = -1;

    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task When_sendgrid_fails_register_is_503_and_no_account_is_left_behind()
    {
        var email = IdentityKit.NewEmail("outage");
        var client = api.ClientFor(Tenant);
        var outage = FailFor(IdentityKit.SendGridPath, email);
        try
        {
            var response = await IdentityKit.PostRegisterAsync(client, email);

            var problem = await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable);
            problem.Code.ShouldBe("dependency_unavailable");
            problem.Raw.ShouldNotContain(ProviderStubs.SendGridApiKey);
            response.Headers.RetryAfter.ShouldNotBeNull();
            var attempt = (await _kit.LatestEmailAsync(Tenant, email)).Entry;
            attempt.MappingGuid.ShouldBe(outage, "the outage stub, not the healthy default, answered");
            attempt.ResponseMessage.StatusCode.ShouldBe(500);
            (await CountAsync("SELECT count(*) FROM users WHERE email = @t", email)).ShouldBe(0);
            (await CountAsync("SELECT count(*) FROM one_time_codes WHERE target_index = @t", TestFieldKeys.BlindIndex(Tenant, email))).ShouldBe(0);
        }
        finally
        {
            api.Providers.Server.DeleteMapping(outage);
        }

        // Nothing was kept, so once the provider is back the same address can sign up (no "email taken").
        var userId = await IdentityKit.RegisterAsync(client, email);
        (await CountAsync("SELECT count(*) FROM users WHERE email = @t", email)).ShouldBe(1);
        (await _kit.LatestEmailAsync(Tenant, email, expectedCount: 2)).Entry.ResponseMessage.StatusCode.ShouldBe(202);
        userId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task When_twilio_fails_send_code_is_503_and_no_code_is_kept_to_throttle_a_retry()
    {
        var phone = IdentityKit.NewPhone();
        var client = _kit.Bearer(Tenant, (await api.CreateUserAsync(Tenant)).Token);
        var outage = FailFor(ProviderStubs.TwilioMessagesPath, Uri.EscapeDataString(phone));
        try
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone });

            (await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable)).Code.ShouldBe("dependency_unavailable");
            (await _kit.LatestTextAsync(phone)).Entry.MappingGuid.ShouldBe(outage);
            (await CountAsync("SELECT count(*) FROM one_time_codes WHERE target_index = @t", TestFieldKeys.BlindIndex(Tenant, phone))).ShouldBe(0);
        }
        finally
        {
            api.Providers.Server.DeleteMapping(outage);
        }

        // No code was stored, so the retry is not throttled as "a code was sent recently".
        (await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    /// <summary>Answers 500 at <paramref name="path"/> for request bodies containing <paramref name="bodyFragment"/> only.</summary>
    private Guid FailFor(string path, string bodyFragment)
    {
        var guid = Guid.NewGuid();
        api.Providers.Server
            .Given(Request.Create().WithPath(path).UsingPost().WithBody(new WildcardMatcher($"*{bodyFragment}*")))
            .WithGuid(guid)
            .AtPriority(OverridePriority)
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("{\"errors\":[{\"message\":\"internal error\"}]}"));
        return guid;
    }

    private static Task<long> CountAsync(string sql, string target) => TestDatabases.ScalarAsync<long>(Tenant, sql, ("t", target));
}
