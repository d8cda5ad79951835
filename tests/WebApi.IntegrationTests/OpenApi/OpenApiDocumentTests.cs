using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.OpenApi;

/// <summary>The served document says what a generated client needs to know: headers, security, types and shapes.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFactory api)
{
    [Fact]
    public async Task Every_operation_has_a_unique_camel_case_id_a_summary_a_description_and_the_x_tenant_header()
    {
        var operations = (await ServedDocument.FetchAsync(api)).Operations.ToList();

        operations.Count.ShouldBeGreaterThan(90);
        operations.Select(o => o.Id).ShouldBeUnique();
        operations.ShouldAllBe(o => char.IsLower(o.Id[0]) && !o.Id.Contains('-') && !o.Id.Contains('_'));
        operations.ShouldAllBe(o => o.Element.GetProperty("summary").GetString()!.Length > 0);
        operations.ShouldAllBe(o => o.Element.GetProperty("description").GetString()!.Length > 0);
        operations.ShouldAllBe(o => o.Parameters("header").Any(h => h.GetProperty("name").GetString() == "X-Tenant"));
    }

    [Fact]
    public async Task Security_follows_the_use_case_bearer_where_it_is_required_optional_where_a_token_changes_the_answer()
    {
        var document = await ServedDocument.FetchAsync(api);
        var byId = document.Operations.ToDictionary(o => o.Id);

        Schemes(byId["placeCheckout"]).ShouldBe([["bearer"]]);
        byId["placeCheckout"].Statuses.ShouldContain(401);
        byId["approveKyc"].Element.GetProperty("description").GetString()!.ShouldContain("`admin`");
        Schemes(byId["getSeller"]).ShouldBe([[], ["bearer"], ["publishableKey"]]);
        Schemes(byId["createProduct"]).ShouldBe([["bearer"], ["secretKey"]]);
        byId["createProduct"].Element.GetProperty("description").GetString()!.ShouldContain("scope `products:write`");
        Schemes(byId["getMe"]).ShouldBe([["bearer"]]);
        Schemes(byId["handleStripeWebhook"]).ShouldBe([[]]);
        byId["handleStripeWebhook"].Statuses.ShouldNotContain(401);
        var bearer = document.Root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        (bearer.GetProperty("type").GetString(), bearer.GetProperty("scheme").GetString()).ShouldBe(("http", "bearer"));
        var publishable = document.Root.GetProperty("components").GetProperty("securitySchemes").GetProperty("publishableKey");
        (publishable.GetProperty("type").GetString(), publishable.GetProperty("in").GetString(), publishable.GetProperty("name").GetString())
            .ShouldBe(("apiKey", "header", "X-Api-Key"));
    }

    [Fact]
    public async Task Idempotency_key_is_required_where_the_server_requires_it()
    {
        var byId = (await ServedDocument.FetchAsync(api)).Operations.ToDictionary(o => o.Id);

        foreach (var id in (string[])["placeCheckout", "refundOrder"])
        {
            var key = byId[id].Parameters("header").Single(h => h.GetProperty("name").GetString() == "Idempotency-Key");
            key.GetProperty("required").GetBoolean().ShouldBeTrue();
            byId[id].Statuses.ShouldContain(409);
            byId[id].Statuses.ShouldContain(422);
        }
    }

    [Fact]
    public async Task Errors_share_one_problem_schema_with_code_trace_id_and_field_errors()
    {
        var document = await ServedDocument.FetchAsync(api);

        var problem = document.Schema("ProblemDetails");
        problem.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["type", "title", "status", "code", "traceId"]);
        problem.GetProperty("properties").GetProperty("errors").GetProperty("additionalProperties").GetProperty("type").GetString().ShouldBe("array");
        var errorSchemas = document.Operations
            .SelectMany(o => o.Element.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            .Select(r => r.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString())
            .ToList();
        errorSchemas.Count.ShouldBeGreaterThan(400);
        errorSchemas.ShouldAllBe(reference => reference == "#/components/schemas/ProblemDetails");
    }

    [Fact]
    public async Task Numbers_are_numbers_enums_are_strings_and_search_parameters_are_camel_case_with_an_enum_sort()
    {
        var document = await ServedDocument.FetchAsync(api);

        document.Json.ShouldNotContain("\"pattern\": \"^-?(?:0|[1-9]\\\\d*)");
        document.Schema("MoneyDto").GetProperty("properties").GetProperty("amount").GetProperty("type").GetString().ShouldBe("number");
        document.Schema("OrderStatus").GetProperty("type").GetString().ShouldBe("string");
        var search = document.Operations.Single(o => o.Id == "searchProducts");
        search.Parameters("query").Select(p => p.GetProperty("name").GetString()).ShouldBe(
            ["q", "categoryId", "sellerId", "minPrice", "maxPrice", "customizable", "minRating", "sort", "limit", "cursor"]);
        var sort = search.Parameters("query").Single(p => p.GetProperty("name").GetString() == "sort").GetProperty("schema");
        sort.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(["relevance", "price_asc", "price_desc", "newest", "rating"]);
    }

    [Fact]
    public async Task Selections_are_maps_of_selection_values_in_requests_and_in_order_items()
    {
        var document = await ServedDocument.FetchAsync(api);

        string[] kinds = [.. document.Schema("SelectionValue").GetProperty("oneOf").EnumerateArray().Select(s => s.GetProperty("type").GetString()!)];
        kinds.ShouldBe(["string", "number", "array", "object"]);
        var maps = new[] { ("QuoteRequest", "selections"), ("AddCartItemCommand", "selections"), ("OrderItemDto", "selection") };
        foreach (var (schema, property) in maps)
        {
            var map = document.Schema(schema).GetProperty("properties").GetProperty(property);
            map.GetProperty("additionalProperties").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/SelectionValue", schema);
        }

        var breakdown = document.Schema("OrderItemDto").GetProperty("properties").GetProperty("breakdown");
        breakdown.GetProperty("items").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/PriceLineDto");
    }

    [Fact]
    public async Task The_seller_profile_is_the_public_view_or_the_owners_record_and_webhooks_declare_their_bodies()
    {
        var document = await ServedDocument.FetchAsync(api);
        var byId = document.Operations.ToDictionary(o => o.Id);

        var views = byId["getSeller"].Element.GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("anyOf");
        views.EnumerateArray().Select(v => v.GetProperty("$ref").GetString())
            .ShouldBe(["#/components/schemas/SellerProfileDto", "#/components/schemas/SellerDto"]);
        document.Schema("SellerProfileDto").GetProperty("properties").TryGetProperty("legalName", out _).ShouldBeFalse();
        foreach (var (id, header) in new[] { ("handleStripeWebhook", "Stripe-Signature"), ("handleRazorpayWebhook", "X-Razorpay-Signature") })
        {
            byId[id].BodyMediaType.ShouldBe("application/json");
            var signature = byId[id].Parameters("header").Single(h => h.GetProperty("name").GetString() == header);
            signature.GetProperty("required").GetBoolean().ShouldBeTrue();
        }
    }

    private static List<List<string>> Schemes(Operation operation) =>
        [.. operation.Element.GetProperty("security").EnumerateArray().Select(r => r.EnumerateObject().Select(s => s.Name).ToList())];
}
