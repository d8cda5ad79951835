using System.Net;
using System.Text;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using static CustomiseYou.WebApi.IntegrationTests.Privacy.PrivacyTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

/// <summary>GDPR Art. 16 / DPDP s. 12: people correct their own data, and what is held afterwards is the corrected data.</summary>
[Collection(ApiCollection.Name)]
public sealed class RectificationTests(ApiFactory api)
{
    [Fact]
    public async Task A_person_corrects_their_name_and_phone_and_the_next_export_holds_only_the_correction()
    {
        var person = await api.NewOwnerAsync("europe");
        var phone = IdentityKit.NewPhone();

        var corrected = await (await person.Client.PatchJsonAsync("/api/v1/me", new { fullName = "Lena Weber-Schmidt", phone }))
            .ReadAsync<MeDto>(HttpStatusCode.OK);
        var export = await RequestExportAsync(person.Client);
        await ProcessAsync(api, "europe");

        (corrected.FullName, corrected.Phone).ShouldBe(("Lena Weber-Schmidt", phone));
        var profile = Encoding.UTF8.GetString((await ReadZipAsync(await person.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}/download")))["profile.json"]);
        profile.ShouldContain("Lena Weber-Schmidt");
        profile.ShouldContain(phone);
        profile.ShouldNotContain("Test User");
    }
}
