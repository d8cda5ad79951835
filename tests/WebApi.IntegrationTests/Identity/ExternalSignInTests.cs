using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Google and Apple id tokens, signed in the test by the key the provider stubs publish as JWKS.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExternalSignInTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private const string OtherTenant = "europe";
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task A_valid_google_token_signs_in_and_the_same_subject_returns_the_same_user()
    {
        var subject = NewSubject();
        var email = IdentityKit.NewEmail("google");

        var first = await SignInAsync("google", GoogleToken(subject, email));
        var second = await SignInAsync("google", GoogleToken(subject, email));

        var userId = IdentityKit.Claims(first.AccessToken).GetProperty("sub").GetString();
        IdentityKit.Claims(second.AccessToken).GetProperty("sub").GetString().ShouldBe(userId);
        first.RefreshToken.ShouldNotBe(second.RefreshToken);
        first.ExpiresIn.ShouldBe(900);
        IdentityKit.Claims(first.AccessToken).GetProperty("tenant").GetString().ShouldBe(Tenant);
        var me = await (await _kit.Bearer(Tenant, second.AccessToken).GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Id.ToString().ShouldBe(userId);
        me.Email.ShouldBe(email);
        me.EmailVerified.ShouldBeTrue();
        me.FullName.ShouldBe("Priya Google");
        (await CountUsersAsync(email)).ShouldBe(1);
        (await TestDatabases.ScalarAsync<long>(
                Tenant, "SELECT count(*) FROM user_external_logins WHERE provider = 'Google' AND subject = @s", ("s", subject)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task A_matching_nonce_is_accepted()
    {
        var nonce = Guid.NewGuid().ToString("N");

        var response = await api.ClientFor(Tenant).PostAsJsonAsync(
            "/api/v1/auth/external/google",
            new { idToken = GoogleToken(NewSubject(), IdentityKit.NewEmail("nonce"), d => d.Claims["nonce"] = nonce), nonce });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string> RejectedGoogleTokens() =>
    [
        "wrong audience",
        "the other region's client id",
        "expired",
        "wrong issuer",
        "tampered signature",
        "signed by another key with the published kid",
        "signed by another key with an unknown kid",
        "unsigned",
        "nonce mismatch",
        "nonce missing from the token",
    ];

    [Theory]
    [MemberData(nameof(RejectedGoogleTokens))]
    public async Task A_google_token_that_does_not_verify_is_401_and_creates_nothing(string defect)
    {
        var email = IdentityKit.NewEmail("rejected");
        var subject = NewSubject();
        string? nonce = null;
        var token = defect switch
        {
            "wrong audience" => GoogleToken(subject, email, d => d.Audience = "someone-elses-app"),
            "the other region's client id" => GoogleToken(subject, email, d => d.Audience = ProviderStubs.GoogleClientId(OtherTenant)),
            "expired" => GoogleToken(subject, email, d =>
            {
                d.IssuedAt = DateTime.UtcNow.AddHours(-2);
                d.NotBefore = DateTime.UtcNow.AddHours(-2);
                d.Expires = DateTime.UtcNow.AddMinutes(-10); // beyond the 2-minute clock skew
            }),
            "wrong issuer" => GoogleToken(subject, email, d => d.Issuer = "https://accounts.evil.example"),
            "tampered signature" => TamperSignature(GoogleToken(subject, email)),
            "signed by another key with the published kid" =>
                GoogleToken(subject, email, d => d.SigningCredentials = ForeignCredentials(api.Providers.SigningKey.KeyId)),
            "signed by another key with an unknown kid" =>
                GoogleToken(subject, email, d => d.SigningCredentials = ForeignCredentials("attacker-key")),
            "unsigned" => GoogleToken(subject, email, d => d.SigningCredentials = null),
            "nonce mismatch" => GoogleToken(subject, email, d => d.Claims["nonce"] = "nonce-the-app-did-not-send"),
            "nonce missing from the token" => GoogleToken(subject, email),
            _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, null),
        };
        if (defect.StartsWith("nonce", StringComparison.Ordinal))
        {
            nonce = "nonce-the-app-sent-" + Guid.NewGuid().ToString("N");
        }

        var response = await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/auth/external/google", new { idToken = token, nonce });

        (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code.ShouldBe("auth.external_token_invalid");
        (await CountUsersAsync(email)).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_token_is_accepted_by_its_own_region_only()
    {
        var email = IdentityKit.NewEmail("region");
        var europeToken = GoogleToken(NewSubject(), email, d => d.Audience = ProviderStubs.GoogleClientId(OtherTenant));

        (await Problem.ReadAsync(
                await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/auth/external/google", new { idToken = europeToken }),
                HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.external_token_invalid");
        var pair = await (await api.ClientFor(OtherTenant).PostAsJsonAsync("/api/v1/auth/external/google", new { idToken = europeToken }))
            .ReadAsync<TokenPair>(HttpStatusCode.OK);

        IdentityKit.Claims(pair.AccessToken).GetProperty("tenant").GetString().ShouldBe(OtherTenant);
        (await CountUsersAsync(email)).ShouldBe(0);
        (await TestDatabases.ScalarAsync<long>(OtherTenant, "SELECT count(*) FROM users WHERE email = @e", ("e", email))).ShouldBe(1);
    }

    [Fact]
    public async Task Apple_with_email_verified_as_the_string_true_links_to_the_password_account()
    {
        var account = await _kit.SignUpAsync(Tenant, IdentityKit.NewEmail("apple-link"));
        var subject = NewSubject();
        var token = AppleToken(subject, account.Email, emailVerified: "true");

        var pair = await SignInAsync("apple", token);

        IdentityKit.Claims(pair.AccessToken).GetProperty("sub").GetString().ShouldBe(account.UserId.ToString());
        (await CountUsersAsync(account.Email)).ShouldBe(1);
        (await TestDatabases.ScalarAsync<Guid>(
                Tenant, "SELECT user_id FROM user_external_logins WHERE provider = 'Apple' AND subject = @s", ("s", subject)))
            .ShouldBe(account.UserId);
        var again = await IdentityKit.LoginAsync(api.ClientFor(Tenant), account.Email, account.Password);
        IdentityKit.Claims(again.AccessToken).GetProperty("sub").GetString().ShouldBe(account.UserId.ToString());
        var viaApple = await SignInAsync("apple", AppleToken(subject, account.Email, emailVerified: "true"));
        IdentityKit.Claims(viaApple.AccessToken).GetProperty("sub").GetString().ShouldBe(account.UserId.ToString());
    }

    [Fact]
    public async Task Apple_creates_an_account_with_the_full_name_the_app_sent()
    {
        var email = IdentityKit.NewEmail("apple-new");

        var pair = await (await api.ClientFor(Tenant).PostAsJsonAsync(
                "/api/v1/auth/external/apple", new { idToken = AppleToken(NewSubject(), email, emailVerified: "true"), fullName = "Arjun Apple" }))
            .ReadAsync<TokenPair>(HttpStatusCode.OK);

        var me = await (await _kit.Bearer(Tenant, pair.AccessToken).GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Email.ShouldBe(email);
        me.FullName.ShouldBe("Arjun Apple");
        me.EmailVerified.ShouldBeTrue();
    }

    [Fact]
    public async Task A_password_set_on_a_never_verified_account_stops_working_once_the_owner_signs_in_with_google()
    {
        // Someone registers the owner's address with a password of their own; they cannot verify it, but the account waits.
        var email = IdentityKit.NewEmail("squatted");
        const string squattersPassword = "Squatters-Own-Pass-42";
        var squatted = await IdentityKit.RegisterAsync(api.ClientFor(Tenant), email, squattersPassword);

        var owner = await SignInAsync("google", GoogleToken(NewSubject(), email));

        IdentityKit.Claims(owner.AccessToken).GetProperty("sub").GetString().ShouldBe(squatted.ToString());
        (await TestDatabases.ScalarAsync<bool>(Tenant, "SELECT email_verified FROM users WHERE id = @id", ("id", squatted))).ShouldBeTrue();
        (await Problem.ReadAsync(await IdentityKit.PostLoginAsync(api.ClientFor(Tenant), email, squattersPassword), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.invalid_credentials");
    }

    [Theory]
    [InlineData("google")]
    [InlineData("apple")]
    public async Task An_unverified_external_email_matching_an_existing_account_is_409_and_links_nothing(string provider)
    {
        var account = await _kit.SignUpAsync(Tenant, IdentityKit.NewEmail("takeover"));
        var subject = NewSubject();
        var token = provider == "google"
            ? GoogleToken(subject, account.Email, d => d.Claims["email_verified"] = false)
            : AppleToken(subject, account.Email, emailVerified: "false");

        var response = await api.ClientFor(Tenant).PostAsJsonAsync($"/api/v1/auth/external/{provider}", new { idToken = token });

        (await Problem.ReadAsync(response, HttpStatusCode.Conflict)).Code.ShouldBe("auth.external_email_unverified");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM user_external_logins WHERE subject = @s", ("s", subject))).ShouldBe(0);
        (await CountUsersAsync(account.Email)).ShouldBe(1);
    }

    [Fact]
    public async Task An_apple_token_is_not_accepted_on_the_google_route()
    {
        var email = IdentityKit.NewEmail("cross-provider");

        var response = await api.ClientFor(Tenant).PostAsJsonAsync(
            "/api/v1/auth/external/google", new { idToken = AppleToken(NewSubject(), email, "true") });

        (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code.ShouldBe("auth.external_token_invalid");
        (await CountUsersAsync(email)).ShouldBe(0);
    }

    private async Task<TokenPair> SignInAsync(string provider, string idToken) =>
        await (await api.ClientFor(Tenant).PostAsJsonAsync($"/api/v1/auth/external/{provider}", new { idToken }))
            .ReadAsync<TokenPair>(HttpStatusCode.OK);

    private string GoogleToken(string subject, string email, Action<SecurityTokenDescriptor>? change = null)
    {
        var descriptor = Descriptor(ProviderStubs.GoogleIssuer, ProviderStubs.GoogleClientId(Tenant), subject, email, emailVerified: true);
        descriptor.Claims["name"] = "Priya Google";
        change?.Invoke(descriptor);
        return Handler.CreateToken(descriptor);
    }

    private string AppleToken(string subject, string email, string emailVerified) =>
        Handler.CreateToken(Descriptor(ProviderStubs.AppleIssuer, ProviderStubs.AppleClientId(Tenant), subject, email, emailVerified));

    private SecurityTokenDescriptor Descriptor(string issuer, string audience, string subject, string email, object emailVerified)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(api.Providers.SigningKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = subject,
                ["email"] = email,
                ["email_verified"] = emailVerified,
            },
        };
    }

    private static SigningCredentials ForeignCredentials(string keyId) =>
        new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);

    /// <summary>Changes one character in the middle of the signature (the last one may only hold padding bits).</summary>
    private static string TamperSignature(string token)
    {
        var signatureStart = token.LastIndexOf('.') + 1;
        var position = signatureStart + ((token.Length - signatureStart) / 2);
        var chars = token.ToCharArray();
        chars[position] = chars[position] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    /// <summary>The provider's stable id for a person, unique per test.</summary>
    private static string NewSubject() => "subject-" + Guid.NewGuid().ToString("N");

    private static Task<long> CountUsersAsync(string email) =>
        TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM users WHERE email = @e", ("e", email));
}
