using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Admins grant roles; the new role reaches the user's access token at its next refresh.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoleGrantTests(ApiFactory api)
{
    private const string Tenant = "europe";
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task An_admin_grants_seller_and_the_next_refresh_carries_the_role()
    {
        var account = await _kit.SignUpAsync(Tenant);

        var granted = await (await GrantAsync(api.AdminFor(Tenant), account.UserId, "seller")).ReadAsync<MeDto>(HttpStatusCode.OK);

        granted.Id.ShouldBe(account.UserId);
        granted.Roles.ShouldBe(["customer", "seller"], ignoreOrder: true);
        IdentityKit.Roles(IdentityKit.Claims(account.Tokens.AccessToken)).ShouldBe(["customer"]);
        var refreshed = await (await IdentityKit.PostRefreshAsync(api.ClientFor(Tenant), account.Tokens.RefreshToken))
            .ReadAsync<TokenPair>(HttpStatusCode.OK);
        IdentityKit.Roles(IdentityKit.Claims(refreshed.AccessToken)).ShouldBe(["customer", "seller"], ignoreOrder: true);
        (await TestDatabases.ScalarAsync<bool>(Tenant, "SELECT 'seller' = ANY(roles) FROM users WHERE id = @id", ("id", account.UserId)))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task Granting_a_role_twice_keeps_one_copy()
    {
        var (userId, _) = await api.CreateUserAsync(Tenant);
        var admin = api.AdminFor(Tenant);

        (await GrantAsync(admin, userId, "compliance")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await (await GrantAsync(admin, userId, "compliance")).ReadAsync<MeDto>(HttpStatusCode.OK);

        again.Roles.Count(r => r == "compliance").ShouldBe(1);
    }

    [Fact]
    public async Task A_customer_cannot_grant_roles()
    {
        var (userId, token) = await api.CreateUserAsync(Tenant);

        var problem = await Problem.ReadAsync(await GrantAsync(_kit.Bearer(Tenant, token), userId, "admin"), HttpStatusCode.Forbidden);

        problem.Code.ShouldBe("auth.forbidden");
        (await HasRoleAsync(userId, "admin")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_grant_roles()
    {
        var (userId, _) = await api.CreateUserAsync(Tenant);

        var problem = await Problem.ReadAsync(await GrantAsync(api.ClientFor(Tenant), userId, "seller"), HttpStatusCode.Unauthorized);

        problem.Code.ShouldBe("auth.required");
        (await HasRoleAsync(userId, "seller")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_role_is_400_on_the_role_field()
    {
        var (userId, _) = await api.CreateUserAsync(Tenant);

        var problem = await Problem.ReadAsync(await GrantAsync(api.AdminFor(Tenant), userId, "overlord"), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["role"]);
        (await HasRoleAsync(userId, "overlord")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_user_is_404()
    {
        var problem = await Problem.ReadAsync(await GrantAsync(api.AdminFor(Tenant), Guid.NewGuid(), "seller"), HttpStatusCode.NotFound);

        problem.Code.ShouldBe("user.not_found");
    }

    [Fact]
    public async Task A_user_of_the_other_region_is_404_to_this_regions_admin()
    {
        var (southAsiaUser, _) = await api.CreateUserAsync("south-asia");

        (await Problem.ReadAsync(await GrantAsync(api.AdminFor(Tenant), southAsiaUser, "seller"), HttpStatusCode.NotFound))
            .Code.ShouldBe("user.not_found");

        (await TestDatabases.ScalarAsync<bool>("south-asia", "SELECT 'seller' = ANY(roles) FROM users WHERE id = @id", ("id", southAsiaUser)))
            .ShouldBeFalse();
    }

    private static Task<HttpResponseMessage> GrantAsync(HttpClient client, Guid userId, string role) =>
        client.PostAsJsonAsync($"/api/v1/admin/users/{userId}/roles", new { role });

    private static async Task<bool> HasRoleAsync(Guid userId, string role) =>
        await TestDatabases.ScalarAsync<bool>(Tenant, "SELECT @role = ANY(roles) FROM users WHERE id = @id", ("role", role), ("id", userId));
}
