using System.Net;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>The emailed code: required before password sign-in, checked, and locked after five wrong tries.</summary>
[Collection(ApiCollection.Name)]
public sealed class EmailVerificationTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task Login_before_verifying_the_email_is_403_email_unverified()
    {
        var client = api.ClientFor(Tenant);
        var email = IdentityKit.NewEmail("unverified");
        await IdentityKit.RegisterAsync(client, email);

        var problem = await Problem.ReadAsync(await IdentityKit.PostLoginAsync(client, email, IdentityKit.Password), HttpStatusCode.Forbidden);

        problem.Code.ShouldBe("auth.email_unverified");
        (await TestDatabases.ScalarAsync<long>(Tenant,
            "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = @e",
            ("e", email))).ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_code_is_400_naming_the_code_field_and_the_right_one_still_works()
    {
        var client = api.ClientFor(Tenant);
        var email = IdentityKit.NewEmail("wrong-code");
        await IdentityKit.RegisterAsync(client, email);
        var code = (await _kit.LatestEmailAsync(Tenant, email)).Code;

        var problem = await Problem.ReadAsync(
            await IdentityKit.PostVerifyEmailAsync(client, email, IdentityKit.WrongCode(code)), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("otp.invalid");
        problem.Errors.Keys.ShouldBe(["code"]);
        (await TestDatabases.ScalarAsync<int>(Tenant, "SELECT failed_attempts FROM one_time_codes WHERE target_index = @e", ("e", TestFieldKeys.BlindIndex(Tenant, email)))).ShouldBe(1);
        (await IdentityKit.PostVerifyEmailAsync(client, email, code)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await IdentityKit.PostLoginAsync(client, email, IdentityKit.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_code_for_an_unknown_email_is_the_same_400_as_a_wrong_code()
    {
        var problem = await Problem.ReadAsync(
            await IdentityKit.PostVerifyEmailAsync(api.ClientFor(Tenant), IdentityKit.NewEmail("nobody"), "123456"), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("otp.invalid");
        problem.Errors.Keys.ShouldBe(["code"]);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_verification_and_then_the_right_code_is_refused_too()
    {
        var client = api.ClientFor(Tenant);
        var email = IdentityKit.NewEmail("locked-code");
        await IdentityKit.RegisterAsync(client, email);
        var code = (await _kit.LatestEmailAsync(Tenant, email)).Code;
        var wrong = IdentityKit.WrongCode(code);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await Problem.ReadAsync(await IdentityKit.PostVerifyEmailAsync(client, email, wrong), HttpStatusCode.BadRequest))
                .Code.ShouldBe("otp.invalid");
        }

        var fifth = await IdentityKit.PostVerifyEmailAsync(client, email, wrong);
        (await Problem.ReadAsync(fifth, HttpStatusCode.TooManyRequests)).Code.ShouldBe("otp.locked");
        IdentityKit.ShouldHaveRetryAfter(fifth, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        var right = await IdentityKit.PostVerifyEmailAsync(client, email, code);
        (await Problem.ReadAsync(right, HttpStatusCode.TooManyRequests)).Code.ShouldBe("otp.locked");
        IdentityKit.ShouldHaveRetryAfter(right, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        (await TestDatabases.ScalarAsync<bool>(Tenant, "SELECT email_verified FROM users WHERE email = @e", ("e", email))).ShouldBeFalse();
        (await Problem.ReadAsync(await IdentityKit.PostLoginAsync(client, email, IdentityKit.Password), HttpStatusCode.Forbidden))
            .Code.ShouldBe("auth.email_unverified");
    }

    [Fact]
    public async Task A_used_code_cannot_be_used_again()
    {
        var client = api.ClientFor(Tenant);
        var email = IdentityKit.NewEmail("reused-code");
        await IdentityKit.RegisterAsync(client, email);
        var code = (await _kit.LatestEmailAsync(Tenant, email)).Code;
        (await IdentityKit.PostVerifyEmailAsync(client, email, code)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Problem.ReadAsync(await IdentityKit.PostVerifyEmailAsync(client, email, code), HttpStatusCode.BadRequest))
            .Code.ShouldBe("otp.invalid");
    }
}
