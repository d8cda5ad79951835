using System.Security.Cryptography;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Storage;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CustomiseYou.WebApi.IntegrationTests.Sellers;

/// <summary>The S3 store against the provider stub server standing in for an S3-compatible endpoint.</summary>
[Collection(ApiCollection.Name)]
public sealed class S3FileStoreTests(ApiFactory api)
{
    private const string Tenant = "europe";
    private const string AccessKeyId = "AKIAIOSFODNN7EXAMPLE";

    [Fact]
    public async Task Files_go_to_the_tenants_bucket_under_generated_keys_with_SigV4_signed_requests()
    {
        var bucket = $"cy-test-{Guid.NewGuid():N}";
        var objects = new WildcardMatcher($"/{bucket}/*");
        api.Providers.Server.Given(Request.Create().WithPath(objects).UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("ETag", "\"9b2cf535f27731c974343645a3985328\""));
        api.Providers.Server.Given(Request.Create().WithPath(objects).UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(204));
        var options = new S3FileStoreOptions
        {
            ServiceUrl = api.Providers.BaseUrl,
            ForcePathStyle = true,
            Region = "eu-central-1",
            AccessKeyId = AccessKeyId,
            SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            Buckets = { [Tenant] = bucket, ["south-asia"] = "some-other-bucket" },
        };
        using var client = S3FileStore.CreateClient(options);
        await using var scope = api.Services.CreateAsyncScope();
        var tenantContext = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        using var _ = tenantContext.Change(scope.ServiceProvider.GetRequiredService<ITenantStore>().Find(Tenant)!);
        var store = new S3FileStore(client, Options.Create(options), tenantContext, TimeProvider.System);

        var stored = await store.SaveAsync("kyc", new MemoryStream(SellerTestKit.Pdf), "application/pdf", ".pdf", CancellationToken.None);

        stored.Key.ShouldMatch(@"^kyc/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.pdf$");
        stored.SizeBytes.ShouldBe(SellerTestKit.Pdf.Length);
        var put = RequestsTo(bucket).ShouldHaveSingleItem().RequestMessage;
        put.Method.ShouldBe("PUT");
        put.Path.ShouldBe($"/{bucket}/{stored.Key}");
        put.BodyAsBytes.ShouldBe(SellerTestKit.Pdf);
        Header(put, "Content-Type").ShouldBe("application/pdf");
        var authorization = Header(put, "Authorization");
        authorization.ShouldStartWith($"AWS4-HMAC-SHA256 Credential={AccessKeyId}/");
        authorization.ShouldContain("/eu-central-1/s3/aws4_request");
        authorization.ShouldMatch("SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*");
        authorization.ShouldMatch("Signature=[0-9a-f]{64}$");
        Header(put, "x-amz-content-sha256").ShouldBe(Convert.ToHexStringLower(SHA256.HashData(SellerTestKit.Pdf)));

        await store.DeleteAsync(stored.Key, CancellationToken.None);

        var delete = RequestsTo(bucket).Last().RequestMessage;
        delete.Method.ShouldBe("DELETE");
        delete.Path.ShouldBe($"/{bucket}/{stored.Key}");
        Header(delete, "Authorization").ShouldStartWith("AWS4-HMAC-SHA256 ");
        await Should.ThrowAsync<ArgumentException>(() => store.DeleteAsync("../some-other-bucket/kyc/2026/11/x.pdf", CancellationToken.None));
        RequestsTo(bucket).Count.ShouldBe(2);
        RequestsTo("some-other-bucket").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_provider_is_chosen_from_configuration_when_the_store_is_resolved()
    {
        (await ResolveAsync(api)).ShouldBeOfType<EncryptingFileStore>().Inner.GetType().Name.ShouldBe("LocalFileStore");

        await using var s3Host = api.WithWebHostBuilder(builder => builder
            .UseSetting("FileStore:Provider", "S3")
            .UseSetting("FileStore:S3:ServiceUrl", api.Providers.BaseUrl)
            .UseSetting("FileStore:S3:ForcePathStyle", "true"));
        (await ResolveAsync(s3Host)).ShouldBeOfType<EncryptingFileStore>().Inner.ShouldBeOfType<S3FileStore>();
    }

    private static async Task<IFileStore> ResolveAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(scope.ServiceProvider.GetRequiredService<ITenantStore>().Find(Tenant)!);
        return scope.ServiceProvider.GetRequiredService<IFileStore>();
    }

    private List<ILogEntry> RequestsTo(string bucket) =>
        [.. api.Providers.Server.LogEntries
            .Where(e => e.RequestMessage.Path.StartsWith($"/{bucket}/", StringComparison.Ordinal))
            .OrderBy(e => e.RequestMessage.DateTime)];

    private static string Header(WireMock.IRequestMessage request, string name) =>
        request.Headers!.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value.Single();
}
