using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Persistence;

[Collection(ApiCollection.Name)]
public sealed class IndexTests
{
    [Theory]
    [InlineData("europe")]
    [InlineData("south-asia")]
    public async Task Finding_a_regions_admins_can_use_the_roles_index_instead_of_reading_every_user(string tenant)
    {
        // The role predicate UserRepository.ListIdsInRoleAsync has EF Core emit (`@roles <@ u.roles`; the tenant_id
        // beside it is the same on every row of a region's database). With sequential scans priced out, only the GIN
        // index can answer it; a test table is too small for the planner to prefer the index on its own.
        var plan = await TestDatabases.ScalarAsync<string>(
            tenant, "SET enable_seqscan = off; EXPLAIN (FORMAT JSON) SELECT u.id FROM users AS u WHERE @roles <@ u.roles", ("roles", new[] { "admin" }));

        plan.ShouldNotBeNull().ShouldContain("\"Index Name\": \"ix_users_roles\"");
    }
}
