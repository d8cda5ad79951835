using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Sign-in gives nothing away about which accounts exist, and ten wrong passwords lock the account.</summary>
[Collection(ApiCollection.Name)]
public sealed class LoginSecurityTests(ApiFactory api)
{
    private const string Tenant = "europe";
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_get_the_same_answer()
    {
        var account = await _kit.SignUpAsync(Tenant);

        var unknown = await Problem.ReadAsync(
            await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), IdentityKit.NewEmail("nobody"), IdentityKit.Password),
            HttpStatusCode.Unauthorized);
        var wrongPassword = await Problem.ReadAsync(
            await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), account.Email, "Not-The-Password-123"), HttpStatusCode.Unauthorized);

        unknown.Code.ShouldBe("auth.invalid_credentials");
        wrongPassword.Code.ShouldBe(unknown.Code);
        wrongPassword.Title.ShouldBe(unknown.Title);
        wrongPassword.Detail.ShouldBe(unknown.Detail);
        TypeOf(wrongPassword).ShouldBe(TypeOf(unknown));
        wrongPassword.Errors.ShouldBeEmpty();
        unknown.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_and_then_the_right_password_gets_the_same_401()
    {
        var account = await _kit.SignUpAsync(Tenant);
        IdentityKit.Claims(account.Tokens.AccessToken).GetProperty("sub").GetString().ShouldBe(account.UserId.ToString());

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            // A new client address every attempt: the lock is on the account, not on the address.
            var problem = await Problem.ReadAsync(
                await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), account.Email, $"Wrong-Password-{attempt:D2}"), HttpStatusCode.Unauthorized);
            problem.Code.ShouldBe("auth.invalid_credentials");
        }

        (await FailedLoginCountAsync(account.Email)).ShouldBe(10);
        var locked = await Problem.ReadAsync(
            await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), account.Email, account.Password), HttpStatusCode.Unauthorized);
        locked.Code.ShouldBe("auth.invalid_credentials");
        var unknown = await Problem.ReadAsync(
            await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), IdentityKit.NewEmail("nobody"), account.Password), HttpStatusCode.Unauthorized);
        locked.Detail.ShouldBe(unknown.Detail);
        (await TestDatabases.ScalarAsync<long>(
                Tenant, "SELECT count(*) FROM sessions WHERE user_id = @id", ("id", account.UserId)))
            .ShouldBe(1, "only the session of the sign-in before the lock");
    }

    [Fact]
    public async Task Nine_wrong_passwords_do_not_lock_and_a_successful_sign_in_resets_the_count()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var client = api.ClientFor(Tenant);

        for (var attempt = 1; attempt <= 9; attempt++)
        {
            (await IdentityKit.PostLoginAsync(client, account.Email, $"Wrong-Password-{attempt:D2}"))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await FailedLoginCountAsync(account.Email)).ShouldBe(9);
        await IdentityKit.LoginAsync(client, account.Email, account.Password);
        (await FailedLoginCountAsync(account.Email)).ShouldBe(0);
        (await IdentityKit.PostLoginAsync(client, account.Email, "Wrong-Password-10")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await IdentityKit.LoginAsync(client, account.Email, account.Password);
    }

    [Fact]
    public async Task The_email_is_matched_case_insensitively_and_trimmed()
    {
        var account = await _kit.SignUpAsync(Tenant);

        var pair = await IdentityKit.LoginAsync(api.ClientFor(Tenant), "  " + account.Email.ToUpperInvariant() + " ", account.Password);

        IdentityKit.Claims(pair.AccessToken).GetProperty("sub").GetString().ShouldBe(account.UserId.ToString());
    }

    [Fact]
    public async Task An_account_made_through_google_has_no_password_to_guess()
    {
        var email = IdentityKit.NewEmail("google-only");
        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ProviderStubs.GoogleIssuer,
            Audience = ProviderStubs.GoogleClientId(Tenant),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(api.Providers.SigningKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object> { ["sub"] = Guid.NewGuid().ToString("N"), ["email"] = email, ["email_verified"] = true },
        });
        (await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/auth/external/google", new { idToken }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var problem = await Problem.ReadAsync(
            await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), email, IdentityKit.Password), HttpStatusCode.Unauthorized);

        problem.Code.ShouldBe("auth.invalid_credentials");
    }

    private static Task<int> FailedLoginCountAsync(string email) =>
        TestDatabases.ScalarAsync<int>(Tenant, "SELECT failed_login_count FROM users WHERE email = @e", ("e", email));

    private static string? TypeOf(Problem problem)
    {
        using var document = JsonDocument.Parse(problem.Raw);
        return document.RootElement.GetProperty("type").GetString();
    }
}
