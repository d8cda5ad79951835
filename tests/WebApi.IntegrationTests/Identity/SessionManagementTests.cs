using System.Net;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Signed-in devices: listed with the caller's own marked current, and each one can be signed out.</summary>
[Collection(ApiCollection.Name)]
public sealed class SessionManagementTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task Two_sign_ins_are_listed_with_exactly_one_current()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var second = await IdentityKit.LoginAsync(api.ClientFor(Tenant), account.Email);

        var sessions = await ListAsync(second.AccessToken);

        sessions.Count.ShouldBe(2);
        sessions.Select(s => s.Id).ShouldBe([SessionOf(account.Tokens), SessionOf(second)], ignoreOrder: true);
        sessions.Count(s => s.Current).ShouldBe(1);
        sessions.Single(s => s.Current).Id.ShouldBe(SessionOf(second));
        (await ListAsync(account.Tokens.AccessToken)).Single(s => s.Current).Id.ShouldBe(SessionOf(account.Tokens));
        sessions.ShouldAllBe(s => s.ExpiresAt > DateTimeOffset.UtcNow.AddDays(29));
        sessions.ShouldAllBe(s => s.IpAddress != null && s.IpAddress.EndsWith(".0/24", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_another_of_my_sessions_ends_its_refresh_token_and_keeps_mine()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var mine = await IdentityKit.LoginAsync(api.ClientFor(Tenant), account.Email);
        var otherId = SessionOf(account.Tokens);
        var me = _kit.Bearer(Tenant, mine.AccessToken);

        (await me.DeleteAsync($"/api/v1/me/sessions/{otherId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Problem.ReadAsync(await IdentityKit.PostRefreshAsync(api.ClientFor(Tenant), account.Tokens.RefreshToken), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.refresh_invalid");
        var sessions = await ListAsync(mine.AccessToken);
        sessions.Select(s => s.Id).ShouldBe([SessionOf(mine)]);
        (await IdentityKit.PostRefreshAsync(api.ClientFor(Tenant), mine.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT revoked_reason FROM sessions WHERE id = @id", ("id", otherId)))
            .ShouldBe("signed out by the user");
    }

    [Fact]
    public async Task Deleting_another_users_session_is_404_and_leaves_it_working()
    {
        var victim = await _kit.SignUpAsync(Tenant);
        var attacker = await _kit.SignUpAsync(Tenant);

        var problem = await Problem.ReadAsync(
            await _kit.Bearer(Tenant, attacker.Tokens.AccessToken).DeleteAsync($"/api/v1/me/sessions/{SessionOf(victim.Tokens)}"),
            HttpStatusCode.NotFound);

        problem.Code.ShouldBe("session.not_found");
        (await IdentityKit.PostRefreshAsync(api.ClientFor(Tenant), victim.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ListAsync(attacker.Tokens.AccessToken)).ShouldNotContain(s => s.Id == SessionOf(victim.Tokens));
    }

    [Fact]
    public async Task Deleting_an_unknown_session_is_404_and_anonymous_callers_are_401()
    {
        var account = await _kit.SignUpAsync(Tenant);

        (await Problem.ReadAsync(
                await _kit.Bearer(Tenant, account.Tokens.AccessToken).DeleteAsync($"/api/v1/me/sessions/{Guid.NewGuid()}"), HttpStatusCode.NotFound))
            .Code.ShouldBe("session.not_found");
        (await Problem.ReadAsync(await api.ClientFor(Tenant).GetAsync("/api/v1/me/sessions"), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.required");
        (await Problem.ReadAsync(
                await api.ClientFor(Tenant).DeleteAsync($"/api/v1/me/sessions/{SessionOf(account.Tokens)}"), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.required");
    }

    [Fact]
    public async Task A_logged_out_session_disappears_from_the_list()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var second = await IdentityKit.LoginAsync(api.ClientFor(Tenant), account.Email);

        (await api.ClientFor(Tenant).PostAsync(
                "/api/v1/auth/logout", System.Net.Http.Json.JsonContent.Create(new { refreshToken = account.Tokens.RefreshToken })))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ListAsync(second.AccessToken)).Select(s => s.Id).ShouldBe([SessionOf(second)]);
    }

    private async Task<List<SessionDto>> ListAsync(string accessToken) =>
        await (await _kit.Bearer(Tenant, accessToken).GetAsync("/api/v1/me/sessions")).ReadAsync<List<SessionDto>>(HttpStatusCode.OK);

    private static Guid SessionOf(TokenPair tokens) => Guid.Parse(IdentityKit.Claims(tokens.AccessToken).GetProperty("sid").GetString()!);
}
