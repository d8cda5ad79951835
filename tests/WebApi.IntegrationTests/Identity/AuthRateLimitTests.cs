using System.Net;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>/auth/* allows 20 requests per client address per minute (RateLimiting:Auth in appsettings.json).</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthRateLimitTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private const int PermitLimit = 20;

    [Fact]
    public async Task The_21st_auth_request_from_one_address_is_429_with_retry_after()
    {
        var client = api.ClientFor(Tenant);
        var email = IdentityKit.NewEmail("hammer");

        for (var attempt = 1; attempt <= PermitLimit; attempt++)
        {
            (await IdentityKit.PostLoginAsync(client, email, $"Guess-Number-{attempt:D2}"))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"attempt {attempt}");
        }

        var limited = await IdentityKit.PostLoginAsync(client, email, "Guess-Number-21");

        (await Problem.ReadAsync(limited, HttpStatusCode.TooManyRequests)).Code.ShouldBe("rate_limited");
        IdentityKit.ShouldHaveRetryAfter(limited, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        // The limit covers every /auth route from that address, not only sign-in...
        (await Problem.ReadAsync(await IdentityKit.PostRegisterAsync(client, IdentityKit.NewEmail("hammer")), HttpStatusCode.TooManyRequests))
            .Code.ShouldBe("rate_limited");
        // ...but not the rest of the API, nor other addresses.
        (await client.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), email, "Guess-Number-22")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
