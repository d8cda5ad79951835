using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Infrastructure.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>
/// An access token is only as good as the session behind it: signing out, revoking a session, erasing the account or
/// changing roles applies to the very next request, on every node, though the token itself is still unexpired.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RevocationTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task After_logout_the_access_token_is_refused_everywhere_it_was_accepted()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var client = _kit.Bearer(Tenant, account.Tokens.AccessToken);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = account.Tokens.RefreshToken }))
            .IsSuccessStatusCode.ShouldBeTrue();

        (await Problem.ReadAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized)).Code.ShouldBe("auth.required");
        (await client.PatchAsJsonAsync("/api/v1/me", new { fullName = "Still Here" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/cart")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT full_name FROM users WHERE id = @id", ("id", account.UserId)))
            .ShouldNotBe("Still Here");
    }

    [Fact]
    public async Task A_session_revoked_from_another_device_stops_its_access_token_and_keeps_mine()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var mine = await IdentityKit.LoginAsync(api.ClientFor(Tenant), account.Email);
        var other = _kit.Bearer(Tenant, account.Tokens.AccessToken);
        (await other.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _kit.Bearer(Tenant, mine.AccessToken).DeleteAsync($"/api/v1/me/sessions/{SessionOf(account.Tokens.AccessToken)}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await other.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _kit.Bearer(Tenant, mine.AccessToken).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_erasure_the_old_token_can_neither_read_nor_rename_the_account_nor_consent_again()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var client = _kit.Bearer(Tenant, account.Tokens.AccessToken);
        (await client.PostAsJsonAsync("/api/v1/privacy/erasure", new { reason = "Consent withdrawn" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await PrivacyTestKit.ProcessAsync(api, Tenant);

        (await TestDatabases.ScalarAsync<bool>(Tenant, "SELECT erased_at IS NOT NULL FROM users WHERE id = @id", ("id", account.UserId)))
            .ShouldBeTrue();
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PatchAsJsonAsync("/api/v1/me", new { fullName = "Back Again" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = true })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT full_name FROM users WHERE id = @id", ("id", account.UserId)))
            .ShouldBe("Erased user");
    }

    [Fact]
    public async Task A_removed_role_stops_working_and_a_granted_one_works_on_the_next_request()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var client = _kit.Bearer(Tenant, account.Tokens.AccessToken);
        var admin = api.AdminFor(Tenant);
        (await client.GetAsync("/api/v1/admin/sellers")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.PostAsJsonAsync($"/api/v1/admin/users/{account.UserId}/roles", new { role = "admin" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/admin/sellers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoked = await (await admin.DeleteAsync($"/api/v1/admin/users/{account.UserId}/roles/admin?reason=TICKET-7"))
            .ReadAsync<MeDto>(HttpStatusCode.OK);

        revoked.Roles.ShouldBe(["customer"]);
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/admin/sellers"), HttpStatusCode.Forbidden)).Code.ShouldBe("auth.forbidden");
        (await TestDatabases.ScalarAsync<long>(
                Tenant, "SELECT count(*) FROM privacy_audit_log WHERE subject_user_id = @id AND action = 'RoleRevoked'", ("id", account.UserId)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task The_customer_role_cannot_be_removed_and_only_admins_remove_roles()
    {
        var account = await _kit.SignUpAsync(Tenant);

        (await Problem.ReadAsync(await api.AdminFor(Tenant).DeleteAsync($"/api/v1/admin/users/{account.UserId}/roles/customer"), HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("user.default_role");
        (await Problem.ReadAsync(await api.AdminFor(Tenant).DeleteAsync($"/api/v1/admin/users/{account.UserId}/roles/wizard"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldContain("role");
        (await _kit.Bearer(Tenant, account.Tokens.AccessToken).DeleteAsync($"/api/v1/admin/users/{account.UserId}/roles/seller"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_session_revoked_through_one_node_is_refused_by_the_other()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var second = api.SecondNode.CreateClient();
        second.DefaultRequestHeaders.Add("X-Tenant", Tenant);
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Tokens.AccessToken);
        (await second.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK); // now in the second node's cache

        (await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = account.Tokens.RefreshToken }))
            .IsSuccessStatusCode.ShouldBeTrue();

        // The second node hears of it by PostgreSQL NOTIFY, a moment after the commit.
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 100 && status == HttpStatusCode.OK; attempt++)
        {
            status = (await second.GetAsync("/api/v1/me")).StatusCode;
            if (status == HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Validly_signed_tokens_without_a_region_or_a_live_session_of_that_region_are_refused()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = account.UserId.ToString(),
            ["sid"] = SessionOf(account.Tokens.AccessToken).ToString(),
            ["role"] = new[] { "customer", "admin" },
        };

        (await WithTokenAsync(Tenant, Mint(claims))).ShouldBe(HttpStatusCode.Unauthorized);
        (await WithTokenAsync(Tenant, Mint(new(claims) { ["tenant"] = Tenant, ["sid"] = Guid.NewGuid().ToString() })))
            .ShouldBe(HttpStatusCode.Unauthorized);
        // The same session id, claimed in the other region, names nothing there.
        (await WithTokenAsync("europe", Mint(new(claims) { ["tenant"] = "europe" }))).ShouldBe(HttpStatusCode.Unauthorized);
        (await WithTokenAsync(Tenant, Mint(new(claims) { ["tenant"] = Tenant }))).ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpStatusCode> WithTokenAsync(string tenant, string token) =>
        (await _kit.Bearer(tenant, token).GetAsync("/api/v1/me")).StatusCode;

    private string Mint(Dictionary<string, object> claims)
    {
        var options = api.Services.GetRequiredService<IOptions<JwtOptions>>().Value;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(api.Services.GetRequiredService<JwtSigningKey>().Key, SecurityAlgorithms.HmacSha256),
            Claims = claims,
        });
    }

    private static Guid SessionOf(string accessToken) => Guid.Parse(IdentityKit.Claims(accessToken).GetProperty("sid").GetString()!);
}
