using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using Npgsql;
using static CustomiseYou.WebApi.IntegrationTests.Privacy.PrivacyTestKit;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

[Collection(ApiCollection.Name)]
public sealed class AuditAndLegalHoldTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task Role_grants_are_audited_with_who_what_when_why_and_whom_and_the_log_pages_newest_first()
    {
        var target = await api.NewOwnerAsync(Tenant);
        var admin = api.AdminFor(Tenant);
        (await admin.PostAsJsonAsync($"/api/v1/admin/users/{target.UserId}/roles", new { role = "seller", reason = "Onboarding ticket 12" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/admin/users/{target.UserId}/roles", new { role = "compliance", reason = "New officer" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/admin/users/{target.UserId}/roles", new { role = "compliance" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var compliance = Compliance(api, Tenant);

        var first = await (await compliance.GetAsync($"/api/v1/compliance/audit?userId={target.UserId}&limit=1"))
            .ReadAsync<AuditPage>(HttpStatusCode.OK);
        var second = await (await compliance.GetAsync($"/api/v1/compliance/audit?userId={target.UserId}&limit=1&cursor={Uri.EscapeDataString(first.NextCursor!)}"))
            .ReadAsync<AuditPage>(HttpStatusCode.OK);

        var newest = first.Items.ShouldHaveSingleItem();
        (newest.Action, newest.ActorRole, newest.Reason, newest.Detail).ShouldBe((AuditAction.RoleGranted, PrivacyActorRole.Admin, "New officer", "role=compliance"));
        newest.ActorUserId.ShouldNotBeNull();
        newest.SubjectUserId.ShouldBe(target.UserId);
        second.Items.ShouldHaveSingleItem().Detail.ShouldBe("role=seller");
        second.NextCursor.ShouldBeNull("granting a role someone holds already changes nothing and is not logged");
        (await Problem.ReadAsync(await compliance.GetAsync("/api/v1/compliance/audit?limit=0"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["limit"]);
    }

    [Theory]
    [InlineData("UPDATE privacy_audit_log SET reason = 'rewritten'")]
    [InlineData("DELETE FROM privacy_audit_log")]
    [InlineData("TRUNCATE privacy_audit_log")]
    public async Task The_database_refuses_to_change_or_remove_audit_entries(string sql)
    {
        var target = await api.NewOwnerAsync(Tenant);
        (await api.AdminFor(Tenant).PostAsJsonAsync($"/api/v1/admin/users/{target.UserId}/roles", new { role = "seller" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM privacy_audit_log");

        var refused = await Should.ThrowAsync<PostgresException>(() => TestDatabases.ScalarAsync<object>(Tenant, sql));

        refused.MessageText.ShouldContain("append-only");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM privacy_audit_log")).ShouldBe(before);
    }

    [Fact]
    public async Task Legal_holds_are_placed_listed_and_released_once_by_compliance_or_admins()
    {
        var person = await api.NewOwnerAsync(Tenant);
        var compliance = Compliance(api, Tenant);

        var hold = await (await compliance.PostAsJsonAsync("/api/v1/compliance/legal-holds", new { userId = person.UserId, reason = "Chargeback dispute 4411" }))
            .ReadAsync<LegalHoldDto>(HttpStatusCode.Created);
        hold.Active.ShouldBeTrue();
        var listed = await (await api.AdminFor(Tenant).GetAsync($"/api/v1/compliance/legal-holds?userId={person.UserId}"))
            .ReadAsync<List<LegalHoldDto>>(HttpStatusCode.OK);
        listed.ShouldHaveSingleItem().Id.ShouldBe(hold.Id);

        var released = await (await api.AdminFor(Tenant).PostAsJsonAsync($"/api/v1/compliance/legal-holds/{hold.Id}/release", new { reason = "Dispute settled" }))
            .ReadAsync<LegalHoldDto>(HttpStatusCode.OK);

        (released.Active, released.ReleaseReason).ShouldBe((false, "Dispute settled"));
        (await Problem.ReadAsync(
                await compliance.PostAsJsonAsync($"/api/v1/compliance/legal-holds/{hold.Id}/release", new { reason = "again" }),
                HttpStatusCode.Conflict))
            .Code.ShouldBe("privacy.hold_released");
        (await Problem.ReadAsync(
                await compliance.PostAsJsonAsync("/api/v1/compliance/legal-holds", new { userId = Guid.NewGuid(), reason = "x" }),
                HttpStatusCode.NotFound))
            .Code.ShouldBe("privacy.subject_not_found");
        (await Problem.ReadAsync(
                await compliance.PostAsJsonAsync("/api/v1/compliance/legal-holds", new { userId = person.UserId, reason = "" }),
                HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["reason"]);
        var audit = await (await compliance.GetAsync($"/api/v1/compliance/audit?userId={person.UserId}")).ReadAsync<AuditPage>(HttpStatusCode.OK);
        audit.Items.Select(e => (e.Action, e.ActorRole)).ShouldBe([(AuditAction.LegalHoldReleased, PrivacyActorRole.Admin), (AuditAction.LegalHoldPlaced, PrivacyActorRole.Compliance)]);
    }
}
