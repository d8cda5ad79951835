using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Privacy.PrivacyTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

/// <summary>Each region's requests run against its own database and file store only.</summary>
[Collection(ApiCollection.Name)]
public sealed class PrivacyResidencyTests(ApiFactory api)
{
    [Fact]
    public async Task A_europe_erasure_leaves_the_same_persons_south_asia_account_files_and_records_untouched()
    {
        var kit = new IdentityKit(api);
        var email = IdentityKit.NewEmail("resident");
        var europe = await kit.SignUpAsync("europe", email);
        var southAsia = await kit.SignUpAsync("south-asia", email);
        var inSouthAsia = kit.Bearer("south-asia", southAsia.Tokens.AccessToken);
        var inEurope = kit.Bearer("europe", europe.Tokens.AccessToken);
        foreach (var client in new[] { inEurope, inSouthAsia })
        {
            (await client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(Artwork("residency")), "file", "art.png" } };
            (await client.PostAsync("/api/v1/customization/uploads", form)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var southAsiaFile = await TestDatabases.ScalarAsync<string>("south-asia", "SELECT file_key FROM customer_uploads WHERE owner_user_id = @id", ("id", southAsia.UserId));
        var erasure = await (await Compliance(api, "europe").PostAsJsonAsync("/api/v1/compliance/erasures", new { userId = europe.UserId, reason = "Ticket 9" }))
            .ReadAsync<PrivacyRequestDto>(HttpStatusCode.Accepted);

        await ProcessAsync(api, "europe");

        (await TestDatabases.ScalarAsync<string>("europe", "SELECT status FROM privacy_requests WHERE id = @id", ("id", erasure.Id)))
            .ShouldBe("Completed");
        (await TestDatabases.ScalarAsync<long>("europe", "SELECT count(*) FROM users WHERE email = @e", ("e", email))).ShouldBe(0);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM users WHERE email = @e AND erased_at IS NULL", ("e", email)))
            .ShouldBe(1);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM consent_records WHERE user_id = @id", ("id", southAsia.UserId)))
            .ShouldBe(3);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM privacy_requests WHERE id = @id", ("id", erasure.Id))).ShouldBe(0);
        File.Exists(StoredPath(api, "south-asia", southAsiaFile!)).ShouldBeTrue();
        (await IdentityKit.PostLoginAsync(api.ClientFor("south-asia"), email, IdentityKit.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Compliance(api, "south-asia").GetAsync($"/api/v1/compliance/erasures/{erasure.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var southAsiaAudit = await (await Compliance(api, "south-asia").GetAsync($"/api/v1/compliance/audit?userId={europe.UserId}"))
            .ReadAsync<AuditPage>(HttpStatusCode.OK);
        southAsiaAudit.Items.ShouldBeEmpty();
    }
}
