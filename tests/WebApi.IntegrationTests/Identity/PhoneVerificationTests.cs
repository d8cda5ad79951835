using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Proving a phone with a code texted through Twilio: send, verify, lock, throttle.</summary>
[Collection(ApiCollection.Name)]
public sealed class PhoneVerificationTests(ApiFactory api)
{
    private const string Tenant = "europe";
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task Send_code_texts_it_through_twilio_and_the_right_code_verifies_the_phone()
    {
        var account = await _kit.SignUpAsync(Tenant);
        var client = _kit.Bearer(Tenant, account.Tokens.AccessToken);
        var phone = IdentityKit.NewPhone();

        (await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var sms = await _kit.LatestTextAsync(phone);
        sms.Entry.RequestMessage.Method.ShouldBe("POST");
        sms.Path.ShouldBe(ProviderStubs.TwilioMessagesPath);
        sms.Authorization.ShouldBe(IdentityKit.BasicAuthorization(ProviderStubs.TwilioAccountSid, ProviderStubs.TwilioAuthToken));
        sms.To.ShouldBe(phone);
        sms.From.ShouldBe("+4900000000000");
        sms.Code.ShouldMatch("^[0-9]{6}$");
        sms.Body.ShouldContain(sms.Code);

        (await client.PostAsJsonAsync("/api/v1/auth/phone/verify", new { phone, code = sms.Code })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Phone.ShouldBe(phone);
        me.PhoneVerified.ShouldBeTrue();
    }

    [Fact]
    public async Task Five_wrong_codes_lock_phone_verification_even_for_the_right_code()
    {
        var client = await SignedInClientAsync();
        var phone = IdentityKit.NewPhone();
        (await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var code = (await _kit.LatestTextAsync(phone)).Code;
        var wrong = IdentityKit.WrongCode(code);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var problem = await Problem.ReadAsync(
                await client.PostAsJsonAsync("/api/v1/auth/phone/verify", new { phone, code = wrong }), HttpStatusCode.BadRequest);
            problem.Code.ShouldBe("otp.invalid");
            problem.Errors.Keys.ShouldBe(["code"]);
        }

        var fifth = await client.PostAsJsonAsync("/api/v1/auth/phone/verify", new { phone, code = wrong });
        (await Problem.ReadAsync(fifth, HttpStatusCode.TooManyRequests)).Code.ShouldBe("otp.locked");
        IdentityKit.ShouldHaveRetryAfter(fifth, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        var right = await client.PostAsJsonAsync("/api/v1/auth/phone/verify", new { phone, code });
        (await Problem.ReadAsync(right, HttpStatusCode.TooManyRequests)).Code.ShouldBe("otp.locked");
        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Phone.ShouldBeNull();
        me.PhoneVerified.ShouldBeFalse();
    }

    [Fact]
    public async Task A_second_code_to_the_same_phone_within_a_minute_is_429_with_retry_after()
    {
        var client = await SignedInClientAsync();
        var phone = IdentityKit.NewPhone();
        (await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await _kit.LatestTextAsync(phone);

        var again = await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone });

        (await Problem.ReadAsync(again, HttpStatusCode.TooManyRequests)).Code.ShouldBe("otp.throttled");
        IdentityKit.ShouldHaveRetryAfter(again, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        _kit.TextsTo(phone).Count.ShouldBe(1);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM one_time_codes WHERE target_index = @p", ("p", TestFieldKeys.BlindIndex(Tenant, phone)))).ShouldBe(1);
    }

    [Fact]
    public async Task The_throttle_is_per_phone_so_another_user_cannot_spam_it_either()
    {
        var phone = IdentityKit.NewPhone();
        (await (await SignedInClientAsync()).PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone }))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var other = await (await SignedInClientAsync()).PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone });

        (await Problem.ReadAsync(other, HttpStatusCode.TooManyRequests)).Code.ShouldBe("otp.throttled");
        (await _kit.LatestTextAsync(phone)).ShouldNotBeNull();
        _kit.TextsTo(phone).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Anonymous_send_code_is_401_and_texts_nothing()
    {
        var phone = IdentityKit.NewPhone();

        var problem = await Problem.ReadAsync(
            await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone }), HttpStatusCode.Unauthorized);

        problem.Code.ShouldBe("auth.required");
        _kit.TextsTo(phone).ShouldBeEmpty();
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM one_time_codes WHERE target_index = @p", ("p", TestFieldKeys.BlindIndex(Tenant, phone)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_phone_not_in_e164_form_is_400_on_the_phone_field()
    {
        var client = await SignedInClientAsync();

        var problem = await Problem.ReadAsync(
            await client.PostAsJsonAsync("/api/v1/auth/phone/send-code", new { phone = "0151 1234 5678" }), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["phone"]);
    }

    /// <summary>A fresh verified user of its own, so phone state never leaks between tests.</summary>
    private async Task<HttpClient> SignedInClientAsync() => _kit.Bearer(Tenant, (await api.CreateUserAsync(Tenant)).Token);
}
