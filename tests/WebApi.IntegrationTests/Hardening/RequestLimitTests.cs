using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Hardening;

/// <summary>Bodies over an operation's limit are 413 problems before anything parses them; uploads keep their own, larger limits.</summary>
[Collection(ApiCollection.Name)]
public sealed class RequestLimitTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private const int JsonLimit = 64 * 1024;

    [Fact]
    public async Task A_25_megabyte_engraving_on_an_anonymous_quote_is_413_and_never_parsed()
    {
        var body = $$$"""{"quantity":1,"selections":{"engraving":"{{{new string('W', 25 * 1024 * 1024)}}}"}}""";

        var response = await api.ClientFor(Tenant).PostRawJsonAsync($"/api/v1/products/{Guid.NewGuid()}/customization/quote", body);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.Code.ShouldBe("too_large");
    }

    [Fact]
    public async Task A_body_without_a_length_is_cut_off_at_the_limit_while_it_is_read()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/products/{Guid.NewGuid()}/customization/quote")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$$"""{"quantity":1,"locale":"{{{new string('x', JsonLimit)}}}"}"""))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await api.ClientFor(Tenant).SendAsync(request);

        (await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).Code.ShouldBe("too_large");
    }

    [Fact]
    public async Task A_body_within_the_limit_reaches_the_operation()
    {
        var body = $$$"""{"quantity":1,"locale":"{{{new string('x', JsonLimit - 100)}}}"}""";

        var response = await api.ClientFor(Tenant).PostRawJsonAsync($"/api/v1/products/{Guid.NewGuid()}/customization/quote", body);

        // The validator, not the size guard, answers: the locale is too long.
        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["locale"]);
    }

    [Fact]
    public async Task Uploads_keep_their_own_larger_limit_and_refuse_beyond_it()
    {
        var customer = api.ClientAs(Tenant, "customer");

        // 1 MB of non-image bytes: past the JSON limit, within the artwork limit, so the content check answers.
        var withinLimit = await customer.PostAsync("/api/v1/customization/uploads", Form(1024 * 1024));
        (await Problem.ReadAsync(withinLimit, HttpStatusCode.BadRequest)).Errors.Keys.ShouldContain("file");

        var beyond = await customer.PostAsync("/api/v1/customization/uploads", Form(21 * 1024 * 1024));
        (await Problem.ReadAsync(beyond, HttpStatusCode.RequestEntityTooLarge)).Code.ShouldBe("too_large");
    }

    [Fact]
    public async Task A_nul_character_in_a_query_value_is_400_naming_the_parameter()
    {
        var response = await api.ClientFor(Tenant).GetAsync("/api/v1/products?q=mug%00");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["q"]);
    }

    private static MultipartFormDataContent Form(int bytes)
    {
        var file = new ByteArrayContent(new byte[bytes]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "art.png" } };
    }
}
