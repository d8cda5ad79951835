using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Infrastructure.Security;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Jobs;
using CustomiseYou.WebApi.IntegrationTests.Privacy;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Security;

/// <summary>
/// Phone numbers, postal addresses, KYC identity, payout accounts and KYC documents, written through the API, are
/// envelopes in the raw rows and files (read with plain SQL), read back in clear through the API, and phone lookups
/// still work through the blind index (ADR 0022, 0023).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FieldEncryptionTests(ApiFactory api)
{
    private const string Tenant = "europe";
    private const string Envelope = "enc:v1:test-1:";

    /// <summary>The subject's values that must never be stored in clear.</summary>
    private static readonly string[] Protected = ["phone", "line1", "city", "legalName", "sellerLine1", "payoutAccount"];

    [Fact]
    public async Task Protected_fields_written_through_the_api_are_envelopes_in_the_raw_rows_and_read_back_in_clear()
    {
        var subject = await PrivacyTestKit.SeedSubjectAsync(api, Tenant);
        var values = subject.Values;

        (await PrivacyTestKit.ScanDatabaseAsync(Tenant, Only(values, Protected))).ShouldBeEmpty("plaintext of a protected field in a raw row");

        var phone = await RawAsync("SELECT phone FROM users WHERE id = @id", subject.UserId);
        phone.ShouldStartWith(Envelope);
        TestFieldKeys.Cipher(Tenant).Decrypt(phone).ShouldBe(values["phone"]);
        (await RawAsync("SELECT phone_index FROM users WHERE id = @id", subject.UserId)).ShouldBe(TestFieldKeys.BlindIndex(Tenant, values["phone"]));
        foreach (var column in new[] { "legal_name", "payout_account", "address_line1", "address_city", "address_postal_code" })
        {
            (await RawAsync($"SELECT {column} FROM sellers WHERE id = @id", subject.SellerId)).ShouldStartWith(Envelope, customMessage: column);
        }

        foreach (var field in new[] { "FullName", "Line1", "City", "PostalCode", "Phone" })
        {
            (await RawAsync($"SELECT shipping_address ->> '{field}' FROM orders WHERE id = @id", subject.ReturnedOrderId))
                .ShouldStartWith(Envelope, customMessage: field);
        }

        (await RawAsync("SELECT shipping_address ->> 'Country' FROM orders WHERE id = @id", subject.ReturnedOrderId)).ShouldBe("DE");
        (await RawAsync("SELECT target FROM one_time_codes WHERE user_id = @id AND purpose = 'PhoneVerification'", subject.UserId))
            .ShouldStartWith(Envelope);

        await ShouldReadBackAsync(subject.Client, subject, values["phone"], values["line1"], values["legalName"], values["payoutAccount"]);
        await VerifyPhoneThroughTheBlindIndexAsync(subject.Client, values["phone"]);
    }

    [Fact]
    public async Task A_kyc_document_is_encrypted_in_the_file_store_under_the_regions_key()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);
        (await owner.Client.UploadAsync(seller.Id, SellerTestKit.Pdf, "passport.pdf")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var key = await RawAsync("SELECT file_key FROM seller_kyc_documents WHERE seller_id = @id", seller.Id);
        var raw = await File.ReadAllBytesAsync(PrivacyTestKit.StoredPath(api, Tenant, key));

        raw.AsSpan().IndexOf("%PDF"u8).ShouldBe(-1);
        FieldCipher.FileKeyId(raw).ShouldBe(TestFieldKeys.ActiveKeyId);
        TestFieldKeys.Cipher(Tenant).Decrypt(raw).ShouldBe(SellerTestKit.Pdf);
        Should.Throw<FieldEncryptionException>(() => TestFieldKeys.Cipher("south-asia").Decrypt(raw));
        var listed = await (await owner.Client.GetAsync("/api/v1/sellers/me")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        listed.Documents.ShouldHaveSingleItem().SizeBytes.ShouldBe(SellerTestKit.Pdf.Length); // the document's size, not the envelope's
    }

    [Fact]
    public async Task Rows_stored_in_plaintext_stay_readable_and_the_reencrypt_job_encrypts_and_indexes_them()
    {
        var subject = await PrivacyTestKit.SeedSubjectAsync(api, Tenant);
        var u = Guid.NewGuid().ToString("N")[..10];
        var (phone, line1, legal, account) = (subject.Values["phone"], $"{u} Legacy Lane", $"Legacy Legal {u}", $"acct_legacy{u}");
        // As a node of the previous release wrote them: in clear, without blind indexes.
        await ExecuteAsync("UPDATE users SET phone = @v, phone_index = NULL WHERE id = @id", subject.UserId, phone);
        await ExecuteAsync("UPDATE one_time_codes SET target = @v, target_index = NULL WHERE user_id = @id AND purpose = 'PhoneVerification'", subject.UserId, phone);
        await ExecuteAsync("UPDATE sellers SET legal_name = @v, address_line1 = 'Legacy 1', payout_account = @v2 WHERE id = @id", subject.SellerId, legal, account);
        await ExecuteAsync(
            "UPDATE orders SET shipping_address = shipping_address || jsonb_build_object('Line1', @v::text, 'Phone', @v2::text) WHERE id = @id",
            subject.ReturnedOrderId, line1, phone);
        (await PrivacyTestKit.ScanDatabaseAsync(Tenant, new Dictionary<string, string> { ["legal"] = legal })).ShouldNotBeEmpty();
        await ShouldReadBackAsync(subject.Client, subject, phone, line1, legal, account);

        var outcome = await JobTestKit.RunSuccessfullyAsync(api.AdminFor(Tenant), FieldReencryptJob);

        int.Parse(outcome.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(4, outcome);
        outcome.ShouldContain("under key test-1");
        (await PrivacyTestKit.ScanDatabaseAsync(Tenant, new Dictionary<string, string> { ["phone"] = phone, ["line1"] = line1, ["legal"] = legal, ["account"] = account }))
            .ShouldBeEmpty();
        (await RawAsync("SELECT phone FROM users WHERE id = @id", subject.UserId)).ShouldStartWith(Envelope);
        (await RawAsync("SELECT phone_index FROM users WHERE id = @id", subject.UserId)).ShouldBe(TestFieldKeys.BlindIndex(Tenant, phone));
        (await RawAsync("SELECT shipping_address ->> 'Line1' FROM orders WHERE id = @id", subject.ReturnedOrderId)).ShouldStartWith(Envelope);
        await ShouldReadBackAsync(subject.Client, subject, phone, line1, legal, account);
        await VerifyPhoneThroughTheBlindIndexAsync(subject.Client, phone);

        // Nothing is left: a second run rewrites no row of this subject (others' rows were current already).
        (await JobTestKit.RunSuccessfullyAsync(api.AdminFor(Tenant), FieldReencryptJob)).ShouldStartWith("0 rows rewritten");
    }

    [Fact]
    public async Task One_regions_keys_cannot_open_the_others_data_and_the_same_phone_has_unrelated_blind_indexes()
    {
        var phone = IdentityKit.NewPhone();
        var europe = await WithPhoneAsync("europe", phone);
        var southAsia = await WithPhoneAsync("south-asia", phone);
        var protections = api.Services.GetRequiredService<FieldProtections>();
        var europeRaw = await TestDatabases.ScalarAsync<string>("europe", "SELECT phone FROM users WHERE id = @id", ("id", europe));
        var southAsiaRaw = await TestDatabases.ScalarAsync<string>("south-asia", "SELECT phone FROM users WHERE id = @id", ("id", southAsia));

        protections.For("europe").Cipher.Decrypt(europeRaw!).ShouldBe(phone);
        protections.For("south-asia").Cipher.Decrypt(southAsiaRaw!).ShouldBe(phone);
        // Same key id, different key: the tag fails, nothing is revealed.
        Should.Throw<FieldEncryptionException>(() => protections.For("south-asia").Cipher.Decrypt(europeRaw!)).Message.ShouldNotContain(phone);
        Should.Throw<FieldEncryptionException>(() => protections.For("europe").Cipher.Decrypt(southAsiaRaw!));

        var europeIndex = await TestDatabases.ScalarAsync<string>("europe", "SELECT phone_index FROM users WHERE id = @id", ("id", europe));
        var southAsiaIndex = await TestDatabases.ScalarAsync<string>("south-asia", "SELECT phone_index FROM users WHERE id = @id", ("id", southAsia));
        europeIndex.ShouldNotBe(southAsiaIndex);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM users WHERE phone_index = @i", ("i", europeIndex!))).ShouldBe(0);
    }

    private const string FieldReencryptJob = "reencrypt-fields";

    private static IReadOnlyDictionary<string, string> Only(IReadOnlyDictionary<string, string> values, string[] keys) =>
        keys.ToDictionary(k => k, k => values[k]);

    private async Task<Guid> WithPhoneAsync(string tenant, string phone)
    {
        var (userId, token) = await api.CreateUserAsync(tenant);
        (await api.ClientWithToken(tenant, token).PatchAsJsonAsync("/api/v1/me", new { phone })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return userId;
    }

    private static async Task ShouldReadBackAsync(HttpClient client, Subject subject, string phone, string line1, string legalName, string payoutAccount)
    {
        (await (await client.GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK)).Phone.ShouldBe(phone);
        var seller = await (await client.GetAsync("/api/v1/sellers/me")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        seller.LegalName.ShouldBe(legalName);
        seller.PayoutAccount.ShouldBe(payoutAccount);
        seller.Address.PostalCode.ShouldBe("10115");
        var order = await (await client.GetAsync($"/api/v1/orders/{subject.ReturnedOrderId}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        order.ShippingAddress.Line1.ShouldBe(line1);
        order.ShippingAddress.Phone.ShouldBe(phone);
        order.ShippingAddress.City.ShouldBe(subject.Values["city"]);
        order.ShippingAddress.FullName.ShouldBe(subject.Values["name"]);
        order.ShippingAddress.Country.ShouldBe("DE");
    }

    /// <summary>Verification finds the code sent to the phone by the target's blind index, the only equality lookup on a phone.</summary>
    private async Task VerifyPhoneThroughTheBlindIndexAsync(HttpClient client, string phone)
    {
        var code = (await new IdentityKit(api).LatestTextAsync(phone)).Code;
        (await client.PostAsJsonAsync("/api/v1/auth/phone/verify", new { phone, code })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Phone.ShouldBe(phone);
        me.PhoneVerified.ShouldBeTrue();
    }

    private static async Task<string> RawAsync(string sql, Guid id) =>
        (await TestDatabases.ScalarAsync<string>(Tenant, sql, ("id", id))).ShouldNotBeNull(sql);

    private static Task ExecuteAsync(string sql, Guid id, string value, string? value2 = null) =>
        TestDatabases.ScalarAsync<object>(Tenant, sql, [("id", id), ("v", value), .. value2 is null ? [] : new[] { ("v2", (object)value2) }]);
}
