using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Categories.GetCategoryTree;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Categories;

[Collection(ApiCollection.Name)]
public sealed class CategoryTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private readonly HttpClient _admin = api.AdminFor(Tenant);

    [Fact]
    public async Task Admin_creates_a_category_and_reads_it_back_in_the_tree()
    {
        var root = await CreateAsync($"Festive {Unique()}");
        var response = await _admin.PostAsJsonAsync("/api/v1/categories", new { name = "Diwali Lamps", parentId = root.Id, position = 3 });

        var child = await response.ReadAsync<CategoryDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/categories/{child.Id}");
        child.ShouldBe(new CategoryDto(child.Id, "Diwali Lamps", "diwali-lamps", root.Id, 3));
        (await (await _admin.GetAsync($"/api/v1/categories/{child.Id}")).ReadAsync<CategoryDto>(HttpStatusCode.OK)).ShouldBe(child);
        var tree = await (await api.ClientFor(Tenant).GetAsync("/api/v1/categories")).ReadAsync<List<CategoryNode>>(HttpStatusCode.OK);
        var node = tree.Single(n => n.Id == root.Id);
        node.Children.Single().Id.ShouldBe(child.Id);
    }

    [Fact]
    public async Task Siblings_cannot_share_a_slug_but_cousins_can()
    {
        var name = $"Mugs {Unique()}";
        await CreateAsync(name);

        var duplicate = await _admin.PostAsJsonAsync("/api/v1/categories", new { name });
        (await Problem.ReadAsync(duplicate, HttpStatusCode.Conflict)).Code.ShouldBe("category.slug_taken");

        var parent = await CreateAsync($"Kitchen {Unique()}");
        (await _admin.PostAsJsonAsync("/api/v1/categories", new { name, parentId = parent.Id })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Patch_renames_moves_and_returns_to_root_while_absent_fields_stay()
    {
        var parent = await CreateAsync($"Parent {Unique()}");
        var category = await CreateAsync($"Wanderer {Unique()}", position: 7);

        var moved = await (await _admin.PatchJsonAsync($"/api/v1/categories/{category.Id}", new { parentId = parent.Id }))
            .ReadAsync<CategoryDto>(HttpStatusCode.OK);
        moved.ParentId.ShouldBe(parent.Id);
        moved.Name.ShouldBe(category.Name);
        moved.Position.ShouldBe(7);

        var renamed = await (await _admin.PatchJsonAsync($"/api/v1/categories/{category.Id}", new { name = "Settled Down" }))
            .ReadAsync<CategoryDto>(HttpStatusCode.OK);
        renamed.Slug.ShouldBe("settled-down");
        renamed.ParentId.ShouldBe(parent.Id);

        var atRoot = await (await _admin.PatchAsync($"/api/v1/categories/{category.Id}", JsonContent.Create(new { parentId = (Guid?)null })))
            .ReadAsync<CategoryDto>(HttpStatusCode.OK);
        atRoot.ParentId.ShouldBeNull();
    }

    [Fact]
    public async Task Moving_a_category_under_its_own_descendant_is_a_rule_violation()
    {
        var top = await CreateAsync($"Top {Unique()}");
        var middle = await CreateAsync("Middle", top.Id);
        var bottom = await CreateAsync("Bottom", middle.Id);

        var problem = await Problem.ReadAsync(
            await _admin.PatchJsonAsync($"/api/v1/categories/{top.Id}", new { parentId = bottom.Id }), HttpStatusCode.UnprocessableEntity);

        problem.Code.ShouldBe("category.cycle");
        (await (await _admin.GetAsync($"/api/v1/categories/{top.Id}")).ReadAsync<CategoryDto>(HttpStatusCode.OK)).ParentId.ShouldBeNull();
    }

    [Fact]
    public async Task Delete_refuses_a_category_with_children_then_removes_it_once_empty()
    {
        var parent = await CreateAsync($"Doomed {Unique()}");
        var child = await CreateAsync("Leaf", parent.Id);

        (await Problem.ReadAsync(await _admin.DeleteAsync($"/api/v1/categories/{parent.Id}"), HttpStatusCode.Conflict))
            .Code.ShouldBe("category.not_empty");

        (await _admin.DeleteAsync($"/api/v1/categories/{child.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _admin.DeleteAsync($"/api/v1/categories/{parent.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Problem.ReadAsync(await _admin.GetAsync($"/api/v1/categories/{parent.Id}"), HttpStatusCode.NotFound))
            .Code.ShouldBe("category.not_found");
        (await TestDatabases.ScalarAsync<long>(Tenant,
            "SELECT count(*) FROM outbox_messages WHERE type = 'CategoryDeleted' AND payload->>'categoryId' = @id",
            ("id", parent.Id.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task Invalid_fields_return_400_with_every_field_path_and_store_nothing()
    {
        var before = await CountCategoriesAsync();

        var response = await _admin.PostAsJsonAsync(
            "/api/v1/categories", new { name = " ", slug = "Not A Slug", position = -1, parentId = Guid.Empty });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.ShouldBe(["name", "slug", "position", "parentId"], ignoreOrder: true);
        (await CountCategoriesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Oversize_name_is_rejected_with_its_field()
    {
        var problem = await Problem.ReadAsync(
            await _admin.PostAsJsonAsync("/api/v1/categories", new { name = new string('x', 101) }), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["name"]);
    }

    [Theory]
    [InlineData("{\"name\": 42}", "name")]
    [InlineData("{\"name\": \"Ok\", \"position\": \"first\"}", "position")]
    [InlineData("{\"name\": ", "name")]
    [InlineData("not json", "body")]
    [InlineData("", "body")]
    public async Task Unreadable_bodies_are_400_problems_naming_the_field(string json, string field)
    {
        var problem = await Problem.ReadAsync(await _admin.PostRawJsonAsync("/api/v1/categories", json), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldContain(field);
        problem.Raw.ShouldNotContain("CustomiseYou.");
    }

    [Fact]
    public async Task A_missing_parent_is_a_field_error()
    {
        var problem = await Problem.ReadAsync(
            await _admin.PostAsJsonAsync("/api/v1/categories", new { name = "Orphan", parentId = Guid.NewGuid() }), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("category.parent_not_found");
        problem.Errors.Keys.ShouldBe(["parentId"]);
    }

    [Fact]
    public async Task Patch_with_nothing_to_change_is_400()
    {
        var category = await CreateAsync($"Idle {Unique()}");

        var problem = await Problem.ReadAsync(await _admin.PatchJsonAsync($"/api/v1/categories/{category.Id}", new { }), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["body"]);
    }

    [Fact]
    public async Task Writes_need_a_signed_in_admin()
    {
        var body = new { name = $"Forbidden {Unique()}" };

        (await Problem.ReadAsync(await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/categories", body), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.required");
        (await Problem.ReadAsync(await api.ClientAs(Tenant, "customer").PostAsJsonAsync("/api/v1/categories", body), HttpStatusCode.Forbidden))
            .Code.ShouldBe("auth.forbidden");
        var category = await CreateAsync($"Guarded {Unique()}");
        (await api.ClientAs(Tenant, "seller").DeleteAsync($"/api/v1/categories/{category.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientFor(Tenant).PatchJsonAsync($"/api/v1/categories/{category.Id}", new { name = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<CategoryDto> CreateAsync(string name, Guid? parentId = null, int? position = null) =>
        await (await _admin.PostAsJsonAsync("/api/v1/categories", new { name, parentId, position })).ReadAsync<CategoryDto>(HttpStatusCode.Created);

    private static Task<long> CountCategoriesAsync() => TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM categories");

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
