using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using static CustomiseYou.WebApi.IntegrationTests.Privacy.PrivacyTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

[Collection(ApiCollection.Name)]
public sealed class PrivacyAuthorizationTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task A_customer_can_neither_export_another_user_nor_see_or_download_their_export()
    {
        var owner = await api.NewOwnerAsync(Tenant);
        var stranger = await api.NewOwnerAsync(Tenant);
        var export = await RequestExportAsync(owner.Client);
        await ProcessAsync(api, Tenant);

        (await Problem.ReadAsync(
                await stranger.Client.PostAsJsonAsync("/api/v1/compliance/exports", new { userId = owner.UserId }), HttpStatusCode.Forbidden))
            .Code.ShouldBe("auth.forbidden");
        (await stranger.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}/download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetAsync($"/api/v1/compliance/exports/{export.Id}/download")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientFor(Tenant).PostAsync("/api/v1/privacy/exports", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await owner.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}/download")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sellers_and_admins_are_refused_every_compliance_route()
    {
        var seller = await api.NewOwnerAsync(Tenant, "seller");
        var admin = api.AdminFor(Tenant);
        var someone = Guid.NewGuid();

        foreach (var client in new[] { seller.Client, admin })
        {
            (await client.GetAsync("/api/v1/compliance/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsJsonAsync("/api/v1/compliance/exports", new { userId = someone })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/api/v1/compliance/exports/{someone}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/api/v1/compliance/exports/{someone}/download")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsJsonAsync("/api/v1/compliance/erasures", new { userId = someone, reason = "x" }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/api/v1/compliance/erasures/{someone}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await seller.Client.PostAsJsonAsync("/api/v1/compliance/legal-holds", new { userId = someone, reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await seller.Client.GetAsync("/api/v1/compliance/legal-holds")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientFor(Tenant).GetAsync("/api/v1/compliance/audit")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_officers_export_is_downloaded_by_officers_only_and_each_step_is_audited()
    {
        var subject = await api.NewOwnerAsync(Tenant);
        var compliance = Compliance(api, Tenant);
        var export = await (await compliance.PostAsJsonAsync("/api/v1/compliance/exports", new { userId = subject.UserId, reason = "Postal request 77" }))
            .ReadAsync<PrivacyRequestDto>(HttpStatusCode.Accepted);
        export.RequestedByRole.ShouldBe(PrivacyActorRole.Compliance);

        await ProcessAsync(api, Tenant);

        var ready = await (await compliance.GetAsync($"/api/v1/compliance/exports/{export.Id}")).ReadAsync<PrivacyRequestDto>(HttpStatusCode.OK);
        ready.DownloadUrl.ShouldBe($"/api/v1/compliance/exports/{export.Id}/download");
        (await ReadZipAsync(await compliance.GetAsync(ready.DownloadUrl))).ShouldContainKey("README.md");
        var followed = await (await subject.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}")).ReadAsync<PrivacyRequestDto>(HttpStatusCode.OK);
        (followed.Status, followed.DownloadUrl).ShouldBe((PrivacyRequestStatus.Ready, (string?)null), "the subject may follow a request about them");
        (await subject.Client.GetAsync($"/api/v1/privacy/exports/{export.Id}/download"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "only the requester downloads");
        (await compliance.GetAsync($"/api/v1/compliance/erasures/{export.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "an export is not an erasure");

        var audit = await (await compliance.GetAsync($"/api/v1/compliance/audit?userId={subject.UserId}")).ReadAsync<AuditPage>(HttpStatusCode.OK);
        audit.Items.Select(e => e.Action).ShouldBe([AuditAction.ExportDownloaded, AuditAction.ExportRequested]);
        audit.Items.ShouldAllBe(e => e.ActorRole == PrivacyActorRole.Compliance && e.TargetId == export.Id && e.ActorUserId != null);
        audit.Items[1].Reason.ShouldBe("Postal request 77");
    }
}
