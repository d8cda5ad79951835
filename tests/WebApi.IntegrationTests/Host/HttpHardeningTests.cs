using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Host;

/// <summary>Security headers, the reference UI's CSP, no-store for callers with credentials, and operator-only management endpoints.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class HttpHardeningTests(ApiFactory api)
{
    public static TheoryData<string, string?, HttpStatusCode> Answers => new()
    {
        { "/api/v1/tenant", "europe", HttpStatusCode.OK },
        { "/api/v1/tenant", null, HttpStatusCode.BadRequest },
        { $"/api/v1/products/{Guid.NewGuid()}", "south-asia", HttpStatusCode.NotFound },
        { "/api/v1/me", "europe", HttpStatusCode.Unauthorized },
        { FaultyEndpointStartupFilter.Path, null, HttpStatusCode.InternalServerError },
        { "/health/live", null, HttpStatusCode.OK },
        { "/openapi/v1.json", null, HttpStatusCode.OK },
        { "/metrics", null, HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_carries_the_security_headers(string path, string? tenant, HttpStatusCode status)
    {
        var response = await api.ClientFor(tenant).GetAsync(path);

        response.StatusCode.ShouldBe(status);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("no-referrer");
        Header(response, "Content-Security-Policy").ShouldBe(SecurityHeaders.ApiPolicy);
        // The test hosts run as "Testing": outside Development, so HSTS is on (a year, subdomains included).
        Header(response, "Strict-Transport-Security").ShouldBe("max-age=31536000; includeSubDomains");
    }

    [Fact]
    public async Task The_reference_ui_runs_only_its_own_scripts_each_time_under_a_fresh_nonce()
    {
        var first = await api.ClientFor(null).GetAsync("/scalar/");
        var second = await api.ClientFor(null).GetAsync("/scalar/");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = Header(first, "Content-Security-Policy")!;
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        nonce.Length.ShouldBeGreaterThanOrEqualTo(22);
        policy.ShouldBe(SecurityHeaders.ReferenceUiPolicy(nonce));
        policy.ShouldStartWith("default-src 'none';");
        policy.ShouldNotContain("unsafe-eval");
        Directive(policy, "script-src").ShouldNotContain("unsafe-inline");
        Directive(policy, "frame-ancestors").ShouldBe("frame-ancestors 'none'");

        var html = await first.Content.ReadAsStringAsync();
        var scripts = ScriptTagPattern().Matches(html).Select(m => m.Value).ToList();
        scripts.Count.ShouldBeGreaterThanOrEqualTo(2);
        scripts.ShouldAllBe(tag => tag.Contains($"nonce=\"{nonce}\""));
        html.ShouldNotContain("cdn.jsdelivr.net");
        html.ShouldNotContain("fonts.scalar.com");
        Header(second, "Content-Security-Policy")!.ShouldNotContain(nonce);
    }

    [Fact]
    public async Task Answers_to_a_signed_in_caller_are_never_stored_by_a_cache_public_ones_may_be()
    {
        var customer = api.ClientAs("europe", "customer");

        var me = await customer.GetAsync("/api/v1/me");
        var missingOrder = await customer.GetAsync($"/api/v1/orders/{Guid.NewGuid()}");
        var catalog = await api.ClientFor("europe").GetAsync("/api/v1/categories");
        // Sign-in answers carry tokens to a caller that sent none: every write is no-store.
        var signIn = await api.ClientFor("europe")
            .PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@test.example", password = "wrong-password" });

        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        me.Headers.CacheControl!.NoStore.ShouldBeTrue();
        missingOrder.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missingOrder.Headers.CacheControl!.NoStore.ShouldBeTrue();
        signIn.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        signIn.Headers.CacheControl!.NoStore.ShouldBeTrue();
        catalog.StatusCode.ShouldBe(HttpStatusCode.OK);
        (catalog.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse();
    }

    [Fact]
    public async Task Metrics_are_served_with_the_management_token_only()
    {
        var anonymous = await api.ClientFor(null).GetAsync("/metrics");
        var wrongToken = api.ClientFor(null);
        wrongToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.ManagementToken + "x");
        var admin = api.AdminFor("europe");

        var problem = await Problem.ReadAsync(anonymous, HttpStatusCode.Unauthorized);
        problem.Code.ShouldBe("management.token_required");
        anonymous.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"management\"");
        (await wrongToken.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a region's admin is not an operator");
        var scrape = await api.OperatorClient().GetAsync("/metrics");
        scrape.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scrape.Content.ReadAsStringAsync()).ShouldContain("# TYPE target_info gauge"); // request metrics: see HostTests
    }

    [Fact]
    public async Task Probes_get_the_readiness_status_alone_operators_the_checks()
    {
        (await api.ClientFor(null).GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var probe = await (await api.ClientFor(null).GetAsync("/health/ready")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var wrongToken = api.ClientFor(null);
        wrongToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-management-token");
        var guessed = await (await wrongToken.GetAsync("/health/ready")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var operatorView = await (await api.OperatorClient().GetAsync("/health/ready")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        probe.EnumerateObject().Select(p => p.Name).ShouldBe(["status"]);
        probe.GetProperty("status").GetString().ShouldBe("Healthy");
        guessed.EnumerateObject().Select(p => p.Name).ShouldBe(["status"]);
        operatorView.GetProperty("checks").GetProperty("tenant-databases").GetProperty("data").GetProperty("europe").GetString()
            .ShouldBe("reachable");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static string Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));

    [GeneratedRegex("'nonce-([A-Za-z0-9_\\-+/=]+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTagPattern();
}
