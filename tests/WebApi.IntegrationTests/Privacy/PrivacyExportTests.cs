using System.Net;
using System.Text;
using System.Text.Json;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using static CustomiseYou.WebApi.IntegrationTests.Privacy.PrivacyTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

[Collection(ApiCollection.Name)]
public sealed class PrivacyExportTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task An_export_holds_every_seeded_personal_value_in_one_file_per_area_with_a_readme_in_the_subjects_language()
    {
        var subject = await SeedSubjectAsync(api, Tenant);

        var requested = await RequestExportAsync(subject.Client, acceptLanguage: "de-DE, en;q=0.5");
        requested.Status.ShouldBe(PrivacyRequestStatus.Requested);
        requested.DueBy.ShouldBe(requested.RequestedAt.AddDays(30), "GDPR: one month");
        (await RequestExportAsync(subject.Client)).Id.ShouldBe(requested.Id, "asking again while one is open answers with the open one");
        (await Problem.ReadAsync(await subject.Client.GetAsync($"/api/v1/privacy/exports/{requested.Id}/download"), HttpStatusCode.Conflict))
            .Code.ShouldBe("privacy.export_not_ready");

        await ProcessAsync(api, Tenant);
        var ready = await (await subject.Client.GetAsync($"/api/v1/privacy/exports/{requested.Id}")).ReadAsync<PrivacyRequestDto>(HttpStatusCode.OK);
        ready.Status.ShouldBe(PrivacyRequestStatus.Ready);
        ready.ExpiresAt.ShouldBe(ready.CompletedAt!.Value.AddDays(7));
        var zip = await ReadZipAsync(await subject.Client.GetAsync(ready.DownloadUrl));

        zip.Keys.ShouldBe(
            ["README.md", "profile.json", "sessions.json", "consents.json", "payments.json", "cart.json", "orders.json", "uploads.json", $"files/uploads/{subject.UploadId}.png",
             "seller.json", "privacy-requests.json", "request-replays.json", "events.json"],
            ignoreOrder: true);
        var json = zip.Where(e => e.Key.EndsWith(".json", StringComparison.Ordinal)).ToDictionary(e => e.Key, e => Encoding.UTF8.GetString(e.Value));
        json.Values.ShouldAllBe(text => JsonDocument.Parse(text, default).RootElement.ValueKind != JsonValueKind.Undefined);
        var all = string.Concat(json.Values);
        foreach (var (label, value) in subject.Values)
        {
            all.ShouldContain(value, Case.Sensitive, $"the export lacks the seeded {label}");
        }

        zip[$"files/uploads/{subject.UploadId}.png"].ShouldBe(subject.Artwork);
        json["orders.json"].ShouldContain(subject.ReturnedOrderId.ToString());
        json["orders.json"].ShouldContain(subject.CancelledOrderId.ToString());
        var readme = Encoding.UTF8.GetString(zip["README.md"]);
        readme.ShouldStartWith("# Ihre personenbezogenen Daten bei CustomiseYou Europe");
        foreach (var name in json.Keys)
        {
            readme.ShouldContain($"`{name}`");
        }

        await ProcessAsync(api, Tenant);
        var after = await (await subject.Client.GetAsync($"/api/v1/privacy/exports/{requested.Id}")).ReadAsync<PrivacyRequestDto>(HttpStatusCode.OK);
        (after.Status, after.CompletedAt, after.SizeBytes).ShouldBe((ready.Status, ready.CompletedAt, ready.SizeBytes), "a second run finds nothing to do for this export");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM privacy_requests WHERE subject_user_id = @id", ("id", subject.UserId)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Two_runs_at_the_same_time_build_one_archive()
    {
        var owner = await api.NewOwnerAsync(Tenant);
        var export = await RequestExportAsync(owner.Client);
        var before = api.StoredFiles(Tenant).ToHashSet();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => ProcessAsync(api, Tenant))));

        var fileKey = await TestDatabases.ScalarAsync<string>(Tenant, "SELECT file_key FROM privacy_requests WHERE id = @id AND status = 'Ready'", ("id", export.Id));
        api.StoredFiles(Tenant).Except(before).ShouldBe([StoredPath(api, Tenant, fileKey!)], "one run built it; the others found it claimed");
        (await TestDatabases.ScalarAsync<int>(Tenant, "SELECT attempts FROM privacy_requests WHERE id = @id", ("id", export.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_download_link_is_refused_after_it_expires_and_the_job_then_deletes_the_archive()
    {
        var owner = await api.NewOwnerAsync(Tenant);
        var export = await RequestExportAsync(owner.Client);
        await ProcessAsync(api, Tenant);
        (await ReadZipAsync(await owner.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}/download"))).ShouldContainKey("profile.json");
        var fileKey = await TestDatabases.ScalarAsync<string>(Tenant, "SELECT file_key FROM privacy_requests WHERE id = @id", ("id", export.Id));
        File.Exists(StoredPath(api, Tenant, fileKey!)).ShouldBeTrue();

        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE privacy_requests SET expires_at = now() - interval '1 minute' WHERE id = @id", ("id", export.Id));

        (await Problem.ReadAsync(await owner.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}/download"), HttpStatusCode.Gone))
            .Code.ShouldBe("privacy.export_expired");
        var expired = await (await owner.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}")).ReadAsync<PrivacyRequestDto>(HttpStatusCode.OK);
        expired.Status.ShouldBe(PrivacyRequestStatus.Expired);
        expired.DownloadUrl.ShouldBeNull();

        (await ProcessAsync(api, Tenant)).ExportsExpired.ShouldBeGreaterThanOrEqualTo(1);
        File.Exists(StoredPath(api, Tenant, fileKey!)).ShouldBeFalse("the archive is deleted once its link has expired");
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT status FROM privacy_requests WHERE id = @id", ("id", export.Id)))
            .ShouldBe("Expired");
        (await Problem.ReadAsync(await Compliance(api, Tenant).GetAsync($"/api/v1/compliance/exports/{export.Id}/download"), HttpStatusCode.Gone))
            .Code.ShouldBe("privacy.export_expired");
    }

    [Fact]
    public async Task A_south_asia_export_is_explained_in_hindi_and_stored_in_that_regions_file_store()
    {
        var owner = await api.NewOwnerAsync("south-asia");
        var export = await RequestExportAsync(owner.Client, acceptLanguage: "hi-IN");

        await ProcessAsync(api, "south-asia");

        var zip = await ReadZipAsync(await owner.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}/download"));
        Encoding.UTF8.GetString(zip["README.md"]).ShouldStartWith("# CustomiseYou South Asia पर आपका व्यक्तिगत डेटा");
        Encoding.UTF8.GetString(zip["profile.json"]).ShouldContain(owner.UserId.ToString());
        var fileKey = await TestDatabases.ScalarAsync<string>("south-asia", "SELECT file_key FROM privacy_requests WHERE id = @id", ("id", export.Id));
        fileKey.ShouldStartWith(ExportArchive.StoreArea + "/");
        File.Exists(StoredPath(api, "south-asia", fileKey!)).ShouldBeTrue();
        File.Exists(StoredPath(api, Tenant, fileKey!)).ShouldBeFalse();
    }
}
