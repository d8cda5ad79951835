using System.Net;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Application.Sellers.ListSellersForReview;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Sellers;

[Collection(ApiCollection.Name)]
public sealed class SellerReviewQueueTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Fact]
    public async Task The_queue_filters_by_status_and_pages_oldest_first_without_duplicates_or_gaps()
    {
        var admin = api.AdminFor(Tenant);
        var submitted = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            submitted.Add((await api.NewSubmittedSellerAsync(Tenant)).Seller.Id);
        }

        var (_, draft) = await api.NewSellerAsync(Tenant);
        var (_, approved) = await api.NewSubmittedSellerAsync(Tenant);
        (await admin.ApproveAsync(approved.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var pages = new List<SellerReviewPage>();
        string? cursor = null;
        do
        {
            var url = "/api/v1/admin/sellers?kycStatus=Submitted&limit=2" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await (await admin.GetAsync(url)).ReadAsync<SellerReviewPage>(HttpStatusCode.OK);
            page.Items.Count.ShouldBeLessThanOrEqualTo(2);
            pages.Add(page);
            cursor = page.NextCursor;
            pages.Count.ShouldBeLessThan(1000);
        }
        while (cursor is not null);

        var items = pages.SelectMany(p => p.Items).ToList();
        items.ShouldAllBe(s => s.KycStatus == KycStatus.Submitted);
        items.Select(s => s.Id).ShouldBeUnique();
        submitted.ShouldAllBe(id => items.Any(s => s.Id == id));
        items.ShouldNotContain(s => s.Id == draft.Id || s.Id == approved.Id);
        items.Select(s => s.CreatedAt).ShouldBeInOrder();
        pages.Take(pages.Count - 1).ShouldAllBe(p => p.Items.Count == 2);
        var mine = items.Single(s => s.Id == submitted[0]);
        mine.DocumentCount.ShouldBe(1);
        mine.LegalName.ShouldBe("Diya Crafts Private Limited");

        var total = await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM sellers WHERE kyc_status = 'Submitted'");
        items.Count.ShouldBe((int)total);
    }

    [Fact]
    public async Task Without_a_status_every_seller_is_listed_with_the_default_page_size()
    {
        await api.NewSellerAsync(Tenant);

        var page = await (await api.AdminFor(Tenant).GetAsync("/api/v1/admin/sellers")).ReadAsync<SellerReviewPage>(HttpStatusCode.OK);

        page.Items.Count.ShouldBeInRange(1, 20);
        var total = await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM sellers");
        (page.NextCursor is null).ShouldBe(total <= 20);
    }

    [Fact]
    public async Task Bad_parameters_are_field_errors()
    {
        var admin = api.AdminFor(Tenant);

        var problem = await Problem.ReadAsync(
            await admin.GetAsync("/api/v1/admin/sellers?kycStatus=Pending&limit=101&cursor=bm90LWEtY3Vyc29y"), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["kycStatus", "limit", "cursor"], ignoreOrder: true);
        (await Problem.ReadAsync(await admin.GetAsync("/api/v1/admin/sellers?cursor=%%%"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["cursor"]);
        (await Problem.ReadAsync(await admin.GetAsync("/api/v1/admin/sellers?limit=0"), HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["limit"]);
    }
}
