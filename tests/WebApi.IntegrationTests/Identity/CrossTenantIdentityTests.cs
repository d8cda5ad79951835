using System.Net;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Accounts belong to one region: its tokens work only there, and one email is two accounts in two regions.</summary>
[Collection(ApiCollection.Name)]
public sealed class CrossTenantIdentityTests(ApiFactory api)
{
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task A_europe_access_token_on_a_south_asia_route_is_403_tenant_mismatch()
    {
        var account = await _kit.SignUpAsync("europe");

        var problem = await Problem.ReadAsync(
            await _kit.Bearer("south-asia", account.Tokens.AccessToken).GetAsync("/api/v1/me"), HttpStatusCode.Forbidden);

        problem.Code.ShouldBe("tenant.mismatch");
        (await _kit.Bearer("europe", account.Tokens.AccessToken).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _kit.Bearer("south-asia", account.Tokens.AccessToken).GetAsync("/api/v1/me/sessions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_europe_refresh_token_means_nothing_in_south_asia()
    {
        var account = await _kit.SignUpAsync("europe");

        (await Problem.ReadAsync(
                await IdentityKit.PostRefreshAsync(api.ClientFor("south-asia"), account.Tokens.RefreshToken), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.refresh_invalid");
        (await IdentityKit.PostRefreshAsync(api.ClientFor("europe"), account.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_same_email_in_both_regions_is_two_independent_accounts()
    {
        var email = IdentityKit.NewEmail("twice");
        const string europePassword = "Berlin-Brezel-Morning-7";
        const string southAsiaPassword = "Chennai-Filter-Coffee-9";
        var europe = api.ClientFor("europe");
        var southAsia = api.ClientFor("south-asia");

        var europeId = await IdentityKit.RegisterAsync(europe, email, europePassword);
        var southAsiaId = await IdentityKit.RegisterAsync(southAsia, email, southAsiaPassword);

        europeId.ShouldNotBe(southAsiaId);
        (await _kit.LatestEmailAsync("europe", email)).FromEmail.ShouldBe("hello@eu.customiseyou.example");
        (await _kit.LatestEmailAsync("south-asia", email)).FromEmail.ShouldBe("hello@in.customiseyou.example");
        (await TestDatabases.ScalarAsync<Guid>("europe", "SELECT id FROM users WHERE email = @e", ("e", email))).ShouldBe(europeId);
        (await TestDatabases.ScalarAsync<Guid>("south-asia", "SELECT id FROM users WHERE email = @e", ("e", email))).ShouldBe(southAsiaId);

        // Verifying in one region leaves the other unverified.
        await _kit.VerifyEmailAsync(europe, "europe", email);
        (await Problem.ReadAsync(await IdentityKit.PostLoginAsync(southAsia, email, southAsiaPassword), HttpStatusCode.Forbidden))
            .Code.ShouldBe("auth.email_unverified");
        await _kit.VerifyEmailAsync(southAsia, "south-asia", email);

        var inEurope = await IdentityKit.LoginAsync(europe, email, europePassword);
        var inSouthAsia = await IdentityKit.LoginAsync(southAsia, email, southAsiaPassword);
        IdentityKit.Claims(inEurope.AccessToken).GetProperty("sub").GetString().ShouldBe(europeId.ToString());
        IdentityKit.Claims(inEurope.AccessToken).GetProperty("tenant").GetString().ShouldBe("europe");
        IdentityKit.Claims(inSouthAsia.AccessToken).GetProperty("sub").GetString().ShouldBe(southAsiaId.ToString());
        IdentityKit.Claims(inSouthAsia.AccessToken).GetProperty("tenant").GetString().ShouldBe("south-asia");

        // Each password belongs to its own region only.
        (await Problem.ReadAsync(await IdentityKit.PostLoginAsync(europe, email, southAsiaPassword), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.invalid_credentials");
        (await Problem.ReadAsync(await IdentityKit.PostLoginAsync(southAsia, email, europePassword), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.invalid_credentials");

        var meInEurope = await (await _kit.Bearer("europe", inEurope.AccessToken).GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        meInEurope.Id.ShouldBe(europeId);
        var meInSouthAsia = await (await _kit.Bearer("south-asia", inSouthAsia.AccessToken).GetAsync("/api/v1/me"))
            .ReadAsync<MeDto>(HttpStatusCode.OK);
        meInSouthAsia.Id.ShouldBe(southAsiaId);
    }
}
