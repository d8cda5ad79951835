using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Categories.GetCategoryTree;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Interceptors;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class TenantIsolationTests(ApiFactory api)
{
    [Fact]
    public async Task A_category_created_in_europe_is_invisible_and_unreachable_from_south_asia()
    {
        var created = await (await api.AdminFor("europe").PostAsJsonAsync("/api/v1/categories", new { name = $"Europe only {Guid.NewGuid():N}" }))
            .ReadAsync<CategoryDto>(HttpStatusCode.Created);
        var southAsia = api.AdminFor("south-asia");

        (await southAsia.GetAsync($"/api/v1/categories/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsia.PatchJsonAsync($"/api/v1/categories/{created.Id}", new { name = "Taken over" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await southAsia.DeleteAsync($"/api/v1/categories/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tree = await (await southAsia.GetAsync("/api/v1/categories")).ReadAsync<List<CategoryNode>>(HttpStatusCode.OK);
        tree.ShouldNotContain(node => node.Id == created.Id);

        (await api.AdminFor("europe").GetAsync($"/api/v1/categories/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_row_lives_only_in_the_database_of_its_own_region()
    {
        var created = await (await api.AdminFor("europe").PostAsJsonAsync("/api/v1/categories", new { name = $"Resident {Guid.NewGuid():N}" }))
            .ReadAsync<CategoryDto>(HttpStatusCode.Created);

        const string sql = "SELECT tenant_id FROM categories WHERE id = @id";
        (await TestDatabases.ScalarAsync<string>("europe", sql, ("id", created.Id))).ShouldBe("europe");
        (await TestDatabases.ScalarAsync<string>("south-asia", sql, ("id", created.Id))).ShouldBeNull();
        (await TestDatabases.ScalarAsync<long>("europe",
            "SELECT count(*) FROM outbox_messages WHERE payload->>'categoryId' = @id",
            ("id", created.Id.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task A_row_stamped_with_another_tenant_is_filtered_out_even_inside_the_wrong_database()
    {
        var strayId = Guid.NewGuid();
        await TestDatabases.ScalarAsync<object>(
            "south-asia",
            "INSERT INTO categories (id, name, slug, parent_id, position, tenant_id) VALUES (@id, 'Stray', @slug, NULL, 0, 'europe')",
            ("id", strayId), ("slug", "stray-" + strayId.ToString("N")));

        (await api.AdminFor("south-asia").GetAsync($"/api/v1/categories/{strayId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tree = await (await api.AdminFor("south-asia").GetAsync("/api/v1/categories")).ReadAsync<List<CategoryNode>>(HttpStatusCode.OK);
        tree.ShouldNotContain(node => node.Id == strayId);
    }

    [Fact]
    public async Task Saving_a_row_of_another_tenant_through_a_tenant_context_is_refused()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<ITenantStore>();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenants.Find("south-asia")!);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var category = Category.Create(Guid.NewGuid(), "Smuggled", null, null, 0, DateTimeOffset.UtcNow);
        db.Categories.Add(category);
        db.Entry(category).Property(AppDbContext.TenantIdProperty).CurrentValue = "europe";

        await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());

        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM categories WHERE id = @id", ("id", category.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_pooled_context_only_ever_serves_its_own_region()
    {
        // Scopes one after the other, alternating regions. A pool hands contexts out in turn, so within as many rentals
        // as it holds contexts (EF's default cap is 1,024) each region gets one of its contexts back a second time.
        var seen = new Dictionary<AppDbContext, string>(ReferenceEqualityComparer.Instance);
        var reused = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 1_100 && reused.Count < 2; round++)
        {
            foreach (var tenantId in new[] { "europe", "south-asia" })
            {
                await using var scope = api.Services.CreateAsyncScope();
                var tenants = scope.ServiceProvider.GetRequiredService<ITenantStore>();
                using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenants.Find(tenantId)!);
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

                db.TenantId.ShouldBe(tenantId);
                (await db.Database.SqlQueryRaw<string>("SELECT current_database() AS \"Value\"").SingleAsync())
                    .ShouldBe(TestDatabases.DatabaseName(tenantId));
                if (seen.TryGetValue(db, out var servedBefore))
                {
                    servedBefore.ShouldBe(tenantId);
                    reused.Add(tenantId);
                }

                seen[db] = tenantId;
            }
        }

        reused.ShouldBe(["europe", "south-asia"], ignoreOrder: true);
        seen.Values.Distinct().Count().ShouldBe(2);
    }
}
