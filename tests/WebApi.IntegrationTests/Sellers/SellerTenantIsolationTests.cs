using System.Net;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Application.Sellers.ListSellersForReview;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Sellers;

[Collection(ApiCollection.Name)]
public sealed class SellerTenantIsolationTests(ApiFactory api)
{
    [Fact]
    public async Task A_seller_created_in_europe_is_unreachable_from_south_asia()
    {
        var (europeOwner, seller) = await api.NewSubmittedSellerAsync("europe");
        var southAsiaUser = await api.NewOwnerAsync("south-asia");
        var southAsiaAdmin = api.AdminFor("south-asia");

        (await api.ClientFor("south-asia").GetAsync($"/api/v1/sellers/{seller.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsiaAdmin.GetAsync($"/api/v1/sellers/{seller.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsiaAdmin.PatchJsonAsync($"/api/v1/sellers/{seller.Id}", new { businessName = "Taken over" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsiaUser.Client.UploadAsync(seller.Id, SellerTestKit.Pdf, "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsiaUser.Client.SubmitAsync(seller.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsiaAdmin.ApproveAsync(seller.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsiaAdmin.RejectAsync(seller.Id, "Wrong region")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var queue = await (await southAsiaAdmin.GetAsync("/api/v1/admin/sellers?kycStatus=Submitted&limit=100"))
            .ReadAsync<SellerReviewPage>(HttpStatusCode.OK);
        queue.Items.ShouldNotContain(s => s.Id == seller.Id);

        // The europe owner's token is refused by south-asia outright.
        (await Problem.ReadAsync(await api.ClientWithToken("south-asia", europeOwner.Token).GetAsync("/api/v1/sellers/me"), HttpStatusCode.Forbidden))
            .Code.ShouldBe("tenant.mismatch");

        var fromEurope = await (await api.AdminFor("europe").GetAsync($"/api/v1/sellers/{seller.Id}")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        fromEurope.BusinessName.ShouldBe(seller.BusinessName);
        fromEurope.Country.ShouldBe("DE");
        fromEurope.Documents.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_seller_rows_live_only_in_the_database_of_their_region()
    {
        var (_, seller) = await api.NewSubmittedSellerAsync("europe");

        const string sql = "SELECT tenant_id FROM sellers WHERE id = @id";
        (await TestDatabases.ScalarAsync<string>("europe", sql, ("id", seller.Id))).ShouldBe("europe");
        (await TestDatabases.ScalarAsync<string>("south-asia", sql, ("id", seller.Id))).ShouldBeNull();
        const string documents = "SELECT count(*) FROM seller_kyc_documents WHERE seller_id = @id AND tenant_id = 'europe'";
        (await TestDatabases.ScalarAsync<long>("europe", documents, ("id", seller.Id))).ShouldBe(1);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM seller_kyc_documents WHERE seller_id = @id", ("id", seller.Id)))
            .ShouldBe(0);
        var key = await TestDatabases.ScalarAsync<string>("europe", "SELECT file_key FROM seller_kyc_documents WHERE seller_id = @id", ("id", seller.Id));
        File.Exists(Path.Combine(api.StoreRoot("europe"), key!)).ShouldBeTrue();
        File.Exists(Path.Combine(api.StoreRoot("south-asia"), key!)).ShouldBeFalse();
    }
}
