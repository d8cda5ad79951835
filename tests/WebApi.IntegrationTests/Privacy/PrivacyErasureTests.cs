using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Privacy.PrivacyTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

[Collection(ApiCollection.Name)]
public sealed class PrivacyErasureTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task Erasure_leaves_no_seeded_value_in_any_text_column_keeps_the_amounts_deletes_the_files_and_stops_sign_in()
    {
        var subject = await SeedSubjectAsync(api, Tenant);
        var export = await RequestExportAsync(subject.Client);
        await ProcessAsync(api, Tenant);
        var files = new[]
        {
            await TestDatabases.ScalarAsync<string>(Tenant, "SELECT file_key FROM customer_uploads WHERE id = @id", ("id", subject.UploadId)),
            await TestDatabases.ScalarAsync<string>(Tenant, "SELECT file_key FROM seller_kyc_documents WHERE seller_id = @id", ("id", subject.SellerId)),
            await TestDatabases.ScalarAsync<string>(Tenant, "SELECT file_key FROM privacy_requests WHERE id = @id", ("id", export.Id)),
        };
        files.ShouldAllBe(key => key != null && File.Exists(StoredPath(api, Tenant, key)));
        (await ScanDatabaseAsync(Tenant, subject.Values, decrypted: true)).Select(hit => hit[(hit.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Distinct()
            .ShouldBe(subject.Values.Keys, ignoreOrder: true, "before erasure the scan finds every seeded value");
        var amountsBefore = await AmountsAsync(subject);

        var requested = await (await subject.Client.PostAsJsonAsync("/api/v1/privacy/erasure", new { reason = "Consent withdrawn (Art. 17(1)(b))" }))
            .ReadAsync<PrivacyRequestDto>(HttpStatusCode.Accepted);
        requested.Status.ShouldBe(PrivacyRequestStatus.Requested);
        (await (await subject.Client.PostAsJsonAsync("/api/v1/privacy/erasure", new { reason = "again" })).ReadAsync<PrivacyRequestDto>(HttpStatusCode.Accepted))
            .Id.ShouldBe(requested.Id);

        await ProcessAsync(api, Tenant);

        (await (await Compliance(api, Tenant).GetAsync($"/api/v1/compliance/erasures/{requested.Id}")).ReadAsync<PrivacyRequestDto>(HttpStatusCode.OK))
            .Status.ShouldBe(PrivacyRequestStatus.Completed);
        (await ScanDatabaseAsync(Tenant, subject.Values, decrypted: true)).ShouldBeEmpty("no seeded personal value may survive anywhere in the region's database");
        (await AmountsAsync(subject)).ShouldBe(amountsBefore, "financial records are kept with their amounts");
        var pseudonyms = await TestDatabases.ScalarAsync<long>(
            Tenant, "SELECT count(DISTINCT customer_id) FROM (SELECT customer_id FROM orders WHERE id = ANY(@ids) UNION ALL SELECT c.customer_id FROM checkouts c JOIN orders o ON o.checkout_id = c.id WHERE o.id = ANY(@ids)) x",
            ("ids", new[] { subject.ReturnedOrderId, subject.CancelledOrderId }));
        pseudonyms.ShouldBe(1, "orders and checkouts share one pseudonymous customer id");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM orders WHERE customer_id = @id", ("id", subject.UserId))).ShouldBe(0);
        files.ShouldAllBe(key => !File.Exists(StoredPath(api, Tenant, key!)), "uploaded artwork, KYC documents and export archives are deleted");
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT status FROM privacy_requests WHERE id = @id", ("id", export.Id)))
            .ShouldBe("Expired");

        var anonymous = api.ClientFor(Tenant);
        (await IdentityKit.PostLoginAsync(anonymous, subject.Email, IdentityKit.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await IdentityKit.PostRefreshAsync(anonymous, subject.Tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var audit = await (await Compliance(api, Tenant).GetAsync($"/api/v1/compliance/audit?userId={subject.UserId}"))
            .ReadAsync<AuditPage>(HttpStatusCode.OK);
        audit.Items.Select(e => (e.Action, e.ActorRole)).ShouldBe(
            [(AuditAction.ErasureCompleted, PrivacyActorRole.System), (AuditAction.ErasureRequested, PrivacyActorRole.Subject),
             (AuditAction.ExportRequested, PrivacyActorRole.Subject)]);
        audit.Items.Single(e => e.Action == AuditAction.ErasureRequested).Reason.ShouldBe("Consent withdrawn (Art. 17(1)(b))");

        var erasedAt = await TestDatabases.ScalarAsync<DateTime>(Tenant, "SELECT erased_at FROM users WHERE id = @id", ("id", subject.UserId));
        await ProcessAsync(api, Tenant);
        (await TestDatabases.ScalarAsync<DateTime>(Tenant, "SELECT erased_at FROM users WHERE id = @id", ("id", subject.UserId)))
            .ShouldBe(erasedAt, "running the job again changes nothing");
    }

    [Fact]
    public async Task Open_orders_and_legal_holds_block_erasure_with_409_listing_every_reason_until_they_are_closed()
    {
        const string tenant = "south-asia";
        var seller = await SellerAsync(api, tenant);
        var product = await ProductAsync(api, seller, tenant, 499m, stock: 5);
        var customer = await api.NewOwnerAsync(tenant);
        await AddToCartAsync(customer.Client, product.Id, 1);
        var orderId = (await PlaceAsync(customer.Client)).Orders.Single().Id;
        var hold = await (await Compliance(api, tenant).PostAsJsonAsync("/api/v1/compliance/legal-holds", new { userId = customer.UserId, reason = "Case 2026-117" }))
            .ReadAsync<LegalHoldDto>(HttpStatusCode.Created);

        var blocked = await Problem.ReadAsync(await customer.Client.PostAsJsonAsync("/api/v1/privacy/erasure", new { }), HttpStatusCode.Conflict);

        blocked.Code.ShouldBe("privacy.erasure_blocked");
        blocked.Errors.Keys.ShouldBe(["legalHold", "openOrders"], ignoreOrder: true);
        blocked.Errors["openOrders"].Single().ShouldContain(orderId.ToString());
        blocked.Errors["legalHold"].Single().ShouldNotContain("Case 2026-117", Case.Insensitive, "the subject does not see the hold's reason");
        (await TestDatabases.ScalarAsync<long>(tenant, "SELECT count(*) FROM privacy_requests WHERE subject_user_id = @id", ("id", customer.UserId)))
            .ShouldBe(0);

        (await customer.Client.PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await customer.Client.PostAsJsonAsync("/api/v1/privacy/erasure", new { }), HttpStatusCode.Conflict))
            .Errors.Keys.ShouldBe(["legalHold"]);
        (await Compliance(api, tenant).PostAsJsonAsync($"/api/v1/compliance/legal-holds/{hold.Id}/release", new { reason = "Case closed" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await (await customer.Client.PostAsJsonAsync("/api/v1/privacy/erasure", new { }))
            .ReadAsync<PrivacyRequestDto>(HttpStatusCode.Accepted);

        await ProcessAsync(api, tenant);

        (await TestDatabases.ScalarAsync<string>(tenant, "SELECT status FROM privacy_requests WHERE id = @id", ("id", accepted.Id)))
            .ShouldBe("Completed");
        (await TestDatabases.ScalarAsync<string>(tenant, "SELECT status FROM orders WHERE id = @id", ("id", orderId))).ShouldBe("Cancelled");
        (await TestDatabases.ScalarAsync<DateTime?>(tenant, "SELECT erased_at FROM users WHERE id = @id", ("id", customer.UserId))).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_hold_placed_after_the_request_blocks_the_job_which_records_why_and_erases_nothing()
    {
        var customer = await api.NewOwnerAsync(Tenant);
        var compliance = Compliance(api, Tenant);
        var requested = await (await compliance.PostAsJsonAsync("/api/v1/compliance/erasures", new { userId = customer.UserId, reason = "Ticket 5531" }))
            .ReadAsync<PrivacyRequestDto>(HttpStatusCode.Accepted);
        requested.RequestedByRole.ShouldBe(PrivacyActorRole.Compliance);
        (await api.AdminFor(Tenant).PostAsJsonAsync("/api/v1/compliance/legal-holds", new { userId = customer.UserId, reason = "Tax audit 2026" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        await ProcessAsync(api, Tenant);

        var blocked = await (await compliance.GetAsync($"/api/v1/compliance/erasures/{requested.Id}"))
            .ReadAsync<PrivacyRequestDto>(HttpStatusCode.OK);
        blocked.Status.ShouldBe(PrivacyRequestStatus.Blocked);
        blocked.Blockers.ShouldHaveSingleItem().ShouldStartWith("legalHold:");
        (await TestDatabases.ScalarAsync<DateTime?>(Tenant, "SELECT erased_at FROM users WHERE id = @id", ("id", customer.UserId))).ShouldBeNull();
        (await (await customer.Client.GetAsync("/api/v1/me")).ReadAsync<Application.Identity.Common.MeDto>(HttpStatusCode.OK))
            .FullName.ShouldBe("Test User");
        var audit = await (await compliance.GetAsync($"/api/v1/compliance/audit?userId={customer.UserId}")).ReadAsync<AuditPage>(HttpStatusCode.OK);
        audit.Items.Select(e => e.Action).ShouldBe([AuditAction.ErasureBlocked, AuditAction.LegalHoldPlaced, AuditAction.ErasureRequested]);
        audit.Items.Single(e => e.Action == AuditAction.LegalHoldPlaced).ActorRole.ShouldBe(PrivacyActorRole.Admin);
    }

    [Fact]
    public async Task Europe_asks_for_the_ground_of_an_erasure_and_officers_always_give_one()
    {
        var customer = await api.NewOwnerAsync(Tenant);

        (await Problem.ReadAsync(await customer.Client.PostAsJsonAsync("/api/v1/privacy/erasure", new { }), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["reason"]);
        (await Problem.ReadAsync(
                await Compliance(api, Tenant).PostAsJsonAsync("/api/v1/compliance/erasures", new { userId = customer.UserId }),
                HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["reason"]);
        (await Problem.ReadAsync(
                await Compliance(api, Tenant).PostAsJsonAsync("/api/v1/compliance/erasures", new { userId = Guid.NewGuid(), reason = "Ticket 1" }),
                HttpStatusCode.NotFound))
            .Code.ShouldBe("privacy.subject_not_found");
    }

    /// <summary>Every stored amount of the subject's two orders, their items and checkouts.</summary>
    private static async Task<string> AmountsAsync(Subject subject) =>
        (await TestDatabases.ScalarAsync<string>(
            subject.Tenant,
            """
            SELECT string_agg(amount::text, ',' ORDER BY amount) FROM (
                SELECT o.total_amount AS amount FROM orders o WHERE o.id = ANY(@ids)
                UNION ALL SELECT o.marketplace_fee_amount FROM orders o WHERE o.id = ANY(@ids)
                UNION ALL SELECT i.line_total_amount FROM order_items i WHERE i.order_id = ANY(@ids)
                UNION ALL SELECT c.total_amount FROM checkouts c JOIN orders o ON o.checkout_id = c.id WHERE o.id = ANY(@ids)) amounts
            """,
            ("ids", new[] { subject.ReturnedOrderId, subject.CancelledOrderId })))!;
}
