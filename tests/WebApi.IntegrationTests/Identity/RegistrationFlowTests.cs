using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Identity.Register;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Register, verify, sign in, refresh with rotation and reuse detection, sign out: the whole path over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class RegistrationFlowTests(ApiFactory api)
{
    private const string Tenant = "europe";
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task Register_emails_a_code_through_sendgrid_from_the_regions_sender()
    {
        var email = IdentityKit.NewEmail("flow");

        var response = await IdentityKit.PostRegisterAsync(api.ClientFor(Tenant), email);

        var registered = await response.ReadAsync<RegisterResult>(HttpStatusCode.Created);
        registered.UserId.ShouldNotBe(Guid.Empty);
        var sent = await _kit.LatestEmailAsync(Tenant, email);
        IdentityKit.Header(sent.Entry, "Authorization").ShouldBe($"Bearer {ProviderStubs.SendGridApiKey}");
        sent.Entry.RequestMessage.Method.ShouldBe("POST");
        sent.To.ShouldBe(email);
        sent.FromEmail.ShouldBe("hello@eu.customiseyou.example");
        sent.FromName.ShouldBe("CustomiseYou Europe");
        sent.Code.ShouldMatch("^[0-9]{6}$");
        sent.Text.ShouldContain(sent.Code);
        sent.Html.ShouldContain(sent.Code);
        _kit.EmailsTo(Tenant, email).Count.ShouldBe(1);
        (await TestDatabases.ScalarAsync<bool>(Tenant, "SELECT email_verified FROM users WHERE id = @id", ("id", registered.UserId))).ShouldBeFalse();
    }

    [Fact]
    public async Task While_the_code_email_is_in_flight_no_transaction_waits()
    {
        var email = IdentityKit.NewEmail("held");
        var mail = api.Providers.Hold("POST", "/v3/mail/send", 202, _ => string.Empty);
        try
        {
            var response = await mail.WhileWaitingAsync(
                () => IdentityKit.PostRegisterAsync(api.ClientFor(Tenant), email), () => TestDatabases.NoTransactionWaitsAsync(Tenant));

            var registered = await response.ReadAsync<RegisterResult>(HttpStatusCode.Created);
            (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT email FROM users WHERE id = @id", ("id", registered.UserId))).ShouldBe(email);
        }
        finally
        {
            api.Providers.Reset();
        }
    }

    [Fact]
    public async Task Verify_login_refresh_reuse_and_logout_follow_the_contract()
    {
        var client = api.ClientFor(Tenant);
        var email = IdentityKit.NewEmail("flow");
        var userId = await IdentityKit.RegisterAsync(client, email);
        var code = (await _kit.LatestEmailAsync(Tenant, email)).Code;

        (await IdentityKit.PostVerifyEmailAsync(client, email, code)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var first = await (await IdentityKit.PostLoginAsync(client, email, IdentityKit.Password)).ReadAsync<TokenPair>(HttpStatusCode.OK);
        first.ExpiresIn.ShouldBe(900);
        first.AccessToken.ShouldNotBeNullOrWhiteSpace();
        first.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        var me = await (await _kit.Bearer(Tenant, first.AccessToken).GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Id.ShouldBe(userId);
        me.Email.ShouldBe(email);
        me.EmailVerified.ShouldBeTrue();
        me.Roles.ShouldBe(["customer"]);

        var second = await (await IdentityKit.PostRefreshAsync(client, first.RefreshToken)).ReadAsync<TokenPair>(HttpStatusCode.OK);
        second.RefreshToken.ShouldNotBe(first.RefreshToken);
        second.AccessToken.ShouldNotBe(first.AccessToken);
        second.ExpiresIn.ShouldBe(900);
        IdentityKit.Claims(second.AccessToken).GetProperty("sid").GetString()
            .ShouldBe(IdentityKit.Claims(first.AccessToken).GetProperty("sid").GetString());

        // The old token again: it leaked, so the whole family goes, including the newest token.
        (await Problem.ReadAsync(await IdentityKit.PostRefreshAsync(client, first.RefreshToken), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.refresh_reused");
        (await Problem.ReadAsync(await IdentityKit.PostRefreshAsync(client, second.RefreshToken), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.refresh_invalid");
        var sessionId = Guid.Parse(IdentityKit.Claims(first.AccessToken).GetProperty("sid").GetString()!);
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT revoked_reason FROM sessions WHERE id = @id", ("id", sessionId)))
            .ShouldBe("refresh token reused");

        var third = await IdentityKit.LoginAsync(client, email);
        (await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = third.RefreshToken }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Problem.ReadAsync(await IdentityKit.PostRefreshAsync(client, third.RefreshToken), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.refresh_invalid");
    }

    [Fact]
    public async Task The_access_token_carries_sub_tenant_role_and_sid_and_lives_fifteen_minutes()
    {
        var account = await _kit.SignUpAsync(Tenant);

        var claims = IdentityKit.Claims(account.Tokens.AccessToken);

        claims.GetProperty("sub").GetString().ShouldBe(account.UserId.ToString());
        claims.GetProperty("tenant").GetString().ShouldBe(Tenant);
        IdentityKit.Roles(claims).ShouldBe(["customer"]);
        var sid = Guid.Parse(claims.GetProperty("sid").GetString()!);
        (await TestDatabases.ScalarAsync<Guid>(Tenant, "SELECT user_id FROM sessions WHERE id = @id", ("id", sid))).ShouldBe(account.UserId);
        (claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64()).ShouldBe(900);
        claims.GetProperty("iss").GetString().ShouldBe("customiseyou");
        claims.GetProperty("aud").GetString().ShouldBe("customiseyou-api");
    }

    [Fact]
    public async Task Logout_is_idempotent_and_an_unknown_refresh_token_is_401()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var client = api.ClientFor(Tenant);

        (await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = account.Tokens.RefreshToken }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = account.Tokens.RefreshToken }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Problem.ReadAsync(
                await IdentityKit.PostRefreshAsync(client, "never-issued-" + Guid.NewGuid().ToString("N")), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.refresh_invalid");
    }
}
