using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Sellers;

[Collection(ApiCollection.Name)]
public sealed class SellerOnboardingTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Fact]
    public async Task A_verified_user_applies_becomes_the_owner_and_gets_the_seller_role()
    {
        var owner = await api.NewOwnerAsync(Tenant);
        var name = $"Diya Crafts {SellerTestKit.Unique()}";

        var response = await owner.Client.PostAsJsonAsync("/api/v1/sellers", SellerTestKit.Application(Tenant, $"  {name}  "));

        var seller = await response.ReadAsync<SellerDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/sellers/{seller.Id}");
        seller.OwnerUserId.ShouldBe(owner.UserId);
        seller.BusinessName.ShouldBe(name);
        seller.LegalName.ShouldBe("Diya Crafts Private Limited");
        seller.Country.ShouldBe("IN");
        seller.Address.ShouldBe(new AddressDto("12 MG Road", null, "Bengaluru", "KA", "560001", "IN"));
        seller.PayoutAccount.ShouldBe("acc_Jk8sPq2L");
        seller.KycStatus.ShouldBe(KycStatus.Draft);
        seller.Verified.ShouldBeFalse();
        seller.Documents.ShouldBeEmpty();
        seller.KycHistory.ShouldHaveSingleItem().ActorId.ShouldBe(owner.UserId);

        var me = await (await owner.Client.GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Roles.ShouldBe(["customer", "seller"], ignoreOrder: true);
        var mine = await (await owner.Client.GetAsync("/api/v1/sellers/me")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        mine.Id.ShouldBe(seller.Id);
        mine.BusinessName.ShouldBe(name);
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT tenant_id FROM sellers WHERE id = @id", ("id", seller.Id))).ShouldBe(Tenant);
    }

    [Fact]
    public async Task A_second_application_by_the_same_user_is_a_conflict()
    {
        var (owner, _) = await api.NewSellerAsync(Tenant);

        var problem = await Problem.ReadAsync(
            await owner.Client.PostAsJsonAsync("/api/v1/sellers", SellerTestKit.Application(Tenant)), HttpStatusCode.Conflict);

        problem.Code.ShouldBe("seller.already_exists");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM sellers WHERE owner_user_id = @id", ("id", owner.UserId))).ShouldBe(1);
    }

    [Fact]
    public async Task A_user_whose_email_is_unverified_cannot_apply()
    {
        var (userId, token) = await CreateUnverifiedUserAsync(Tenant);
        var client = api.ClientWithToken(Tenant, token);

        var problem = await Problem.ReadAsync(
            await client.PostAsJsonAsync("/api/v1/sellers", SellerTestKit.Application(Tenant)), HttpStatusCode.Forbidden);

        problem.Code.ShouldBe("seller.email_unverified");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM sellers WHERE owner_user_id = @id", ("id", userId))).ShouldBe(0);
        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<MeDto>(HttpStatusCode.OK);
        me.Roles.ShouldNotContain("seller");
    }

    [Fact]
    public async Task Applying_needs_a_signed_in_caller()
    {
        var problem = await Problem.ReadAsync(
            await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/sellers", SellerTestKit.Application(Tenant)), HttpStatusCode.Unauthorized);

        problem.Code.ShouldBe("auth.required");
        (await api.ClientFor(Tenant).GetAsync("/api/v1/sellers/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Invalid_applications_report_every_field_with_its_camelCase_path()
    {
        var owner = await api.NewOwnerAsync(Tenant);

        var problem = await Problem.ReadAsync(
            await owner.Client.PostAsJsonAsync("/api/v1/sellers", new
            {
                businessName = "D",
                legalName = new string('L', 201),
                country = "IN",
                address = new { line1 = "", city = "Bengaluru", postalCode = new string('5', 21), country = "DE" },
                payoutAccount = "paypal:me@example.com",
            }),
            HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(
            ["businessName", "legalName", "address.line1", "address.postalCode", "address.country", "payoutAccount"], ignoreOrder: true);
        var lowerCase = await Problem.ReadAsync(
            await owner.Client.PostAsJsonAsync("/api/v1/sellers", new
            {
                businessName = "Diya",
                legalName = "Diya Pvt Ltd",
                country = "in",
                address = new { line1 = "1 Road", city = "Pune", postalCode = "411001", country = "in" },
            }),
            HttpStatusCode.BadRequest);
        lowerCase.Errors.Keys.ShouldBe(["country", "address.country"], ignoreOrder: true);
        (await owner.Client.GetAsync("/api/v1/sellers/me")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_public_profile_hides_personal_data_which_the_owner_and_admins_see()
    {
        var (owner, seller) = await api.NewSubmittedSellerAsync(Tenant);

        var anonymous = await (await api.ClientFor(Tenant).GetAsync($"/api/v1/sellers/{seller.Id}")).Content.ReadAsStringAsync();
        var otherUser = await (await api.ClientAs(Tenant).GetAsync($"/api/v1/sellers/{seller.Id}")).Content.ReadAsStringAsync();
        foreach (var view in new[] { anonymous, otherUser })
        {
            var profile = JsonSerializer.Deserialize<SellerProfileDto>(view, HttpExtensions.Json)!;
            profile.ShouldBe(new SellerProfileDto(seller.Id, seller.BusinessName, "IN", false, profile.CreatedAt));
            using var json = JsonDocument.Parse(view);
            json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "businessName", "country", "verified", "createdAt"]);
        }

        var forOwner = await (await owner.Client.GetAsync($"/api/v1/sellers/{seller.Id}")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        var forAdmin = await (await api.AdminFor(Tenant).GetAsync($"/api/v1/sellers/{seller.Id}")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        foreach (var full in new[] { forOwner, forAdmin })
        {
            full.LegalName.ShouldBe("Diya Crafts Private Limited");
            full.Address.City.ShouldBe("Bengaluru");
            full.PayoutAccount.ShouldBe("acc_Jk8sPq2L");
            full.KycStatus.ShouldBe(KycStatus.Submitted);
            full.Documents.ShouldHaveSingleItem().Kind.ShouldBe(KycDocumentKind.IdentityProof);
            full.KycHistory.Select(h => h.Status).ShouldBe([KycStatus.Draft, KycStatus.Submitted]);
        }

        (await api.ClientFor(Tenant).GetAsync($"/api/v1/sellers/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sellers_me_is_404_for_a_user_without_a_seller()
    {
        var owner = await api.NewOwnerAsync(Tenant);

        (await Problem.ReadAsync(await owner.Client.GetAsync("/api/v1/sellers/me"), HttpStatusCode.NotFound)).Code.ShouldBe("seller.not_found");
    }

    [Fact]
    public async Task The_owner_and_admins_patch_the_profile_while_absent_fields_stay()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);

        var renamed = await (await owner.Client.PatchJsonAsync($"/api/v1/sellers/{seller.Id}", new { businessName = " Diya Lamps " }))
            .ReadAsync<SellerDto>(HttpStatusCode.OK);
        renamed.BusinessName.ShouldBe("Diya Lamps");
        renamed.Address.ShouldBe(seller.Address);
        renamed.PayoutAccount.ShouldBe(seller.PayoutAccount);

        var moved = await (await api.AdminFor(Tenant).PatchJsonAsync($"/api/v1/sellers/{seller.Id}", new
        {
            address = new { line1 = "1 Park Street", line2 = "Floor 2", city = "Kolkata", postalCode = "700016", country = "IN" },
            payoutAccount = "acc_NEWACC99",
        })).ReadAsync<SellerDto>(HttpStatusCode.OK);
        moved.Address.ShouldBe(new AddressDto("1 Park Street", "Floor 2", "Kolkata", null, "700016", "IN"));
        moved.PayoutAccount.ShouldBe("acc_NEWACC99");
        moved.BusinessName.ShouldBe("Diya Lamps");

        var stored = await (await owner.Client.GetAsync("/api/v1/sellers/me")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        stored.Address.City.ShouldBe("Kolkata");
        stored.BusinessName.ShouldBe("Diya Lamps");
    }

    [Fact]
    public async Task Patch_by_another_user_is_forbidden_and_an_unknown_seller_is_not_found()
    {
        var (_, seller) = await api.NewSellerAsync(Tenant);
        var stranger = await api.NewOwnerAsync(Tenant, "seller");

        var problem = await Problem.ReadAsync(
            await stranger.Client.PatchJsonAsync($"/api/v1/sellers/{seller.Id}", new { businessName = "Hijacked" }), HttpStatusCode.Forbidden);

        problem.Code.ShouldBe("seller.forbidden");
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT business_name FROM sellers WHERE id = @id", ("id", seller.Id)))
            .ShouldBe(seller.BusinessName);
        (await stranger.Client.PatchJsonAsync($"/api/v1/sellers/{Guid.NewGuid()}", new { businessName = "Nobody" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.ClientFor(Tenant).PatchJsonAsync($"/api/v1/sellers/{seller.Id}", new { businessName = "Anon" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Patch_validates_what_is_supplied_and_needs_at_least_one_field()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);

        var empty = await Problem.ReadAsync(await owner.Client.PatchJsonAsync($"/api/v1/sellers/{seller.Id}", new { }), HttpStatusCode.BadRequest);
        empty.Errors.Keys.ShouldBe(["body"]);

        var bad = await Problem.ReadAsync(
            await owner.Client.PatchJsonAsync($"/api/v1/sellers/{seller.Id}", new
            {
                businessName = "x",
                address = new { line1 = "1 Road", city = new string('c', 101), postalCode = "1", country = "XX" },
                payoutAccount = "acct_1",
            }),
            HttpStatusCode.BadRequest);
        bad.Errors.Keys.ShouldBe(["businessName", "address.city", "address.country", "payoutAccount"], ignoreOrder: true);
    }

    /// <summary>Like <see cref="ApiFactory.CreateUserAsync"/> but the email stays unverified (such a user cannot log in, so the token is issued directly).</summary>
    private async Task<(Guid UserId, string Token)> CreateUnverifiedUserAsync(string tenant)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(tenant)!);
        var user = User.Register(Guid.CreateVersion7(), $"unverified-{Guid.NewGuid():N}@test.example", "no-password-sign-in", "Unverified User", null, DateTimeOffset.UtcNow);
        services.GetRequiredService<IUserRepository>().Add(user);
        // A real session, as sign-in starts: the token is refused once it is revoked.
        var signedIn = services.GetRequiredService<SessionIssuer>().Start(user);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (user.Id, signedIn.AccessToken);
    }
}
