using System.Net;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Sellers;

/// <summary>Upload checks. Tests of this collection run one at a time, so counting the tenant's stored files is exact.</summary>
[Collection(ApiCollection.Name)]
public sealed class KycUploadTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private const int TenMegabytes = 10 * 1024 * 1024;

    [Theory]
    [InlineData("pdf", "AddressProof")]
    [InlineData("jpeg", "BankStatement")]
    [InlineData("png", "taxregistration")]
    public async Task An_accepted_document_is_stored_under_a_generated_key_with_its_detected_kind(string format, string kind)
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);
        var (bytes, expected) = format switch
        {
            "pdf" => (SellerTestKit.Pdf, FileKind.Pdf),
            "jpeg" => (SellerTestKit.Jpeg, FileKind.Jpeg),
            _ => (SellerTestKit.Png, FileKind.Png),
        };
        var before = api.StoredFiles(Tenant);

        // A misleading name and declared type: only the content decides.
        var response = await owner.Client.UploadAsync(seller.Id, bytes, "../../etc/passwd.exe", kind, "application/octet-stream");

        var document = await response.ReadAsync<KycDocumentDto>(HttpStatusCode.Created);
        document.FileKind.ShouldBe(expected);
        document.SizeBytes.ShouldBe(bytes.Length);
        document.Kind.ToString().ShouldBe(kind, StringCompareShould.IgnoreCase);
        document.UploadedAt.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var added = api.StoredFiles(Tenant).Except(before).ShouldHaveSingleItem();
        // Encrypted at rest under the region's key (ADR 0022): the file holds no byte run of the document.
        var raw = await File.ReadAllBytesAsync(added);
        raw.AsSpan().IndexOf(bytes.AsSpan(0, 16)).ShouldBe(-1);
        TestFieldKeys.Cipher(Tenant).Decrypt(raw).ShouldBe(bytes);
        Path.GetFileName(added).ShouldNotContain("passwd");
        Path.GetRelativePath(api.StoreRoot(Tenant), added).ShouldStartWith("kyc" + Path.DirectorySeparatorChar);
        var key = await TestDatabases.ScalarAsync<string>(Tenant, "SELECT file_key FROM seller_kyc_documents WHERE id = @id", ("id", document.Id));
        Path.GetFullPath(Path.Combine(api.StoreRoot(Tenant), key!)).ShouldBe(added);

        var stored = await (await owner.Client.GetAsync("/api/v1/sellers/me")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        stored.Documents.ShouldHaveSingleItem().Id.ShouldBe(document.Id);
    }

    [Fact]
    public async Task A_text_file_named_pdf_is_refused_by_its_content_and_nothing_is_stored()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);
        var before = api.StoredFiles(Tenant).Count;

        var problem = await Problem.ReadAsync(
            await owner.Client.UploadAsync(seller.Id, "Definitely a PDF, trust me.\n"u8.ToArray(), "passport.pdf"), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("file.kind");
        problem.Errors.Keys.ShouldBe(["file"]);
        await ShouldHaveNoDocumentsAsync(seller.Id);
        api.StoredFiles(Tenant).Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_webp_image_is_recognised_but_not_accepted_for_kyc()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);
        byte[] webp = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8];

        var problem = await Problem.ReadAsync(
            await owner.Client.UploadAsync(seller.Id, webp, "id.webp", contentType: "image/webp"), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["file"]);
        await ShouldHaveNoDocumentsAsync(seller.Id);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);
        var before = api.StoredFiles(Tenant).Count;

        var problem = await Problem.ReadAsync(await owner.Client.UploadAsync(seller.Id, [], "empty.pdf"), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("file.empty");
        problem.Errors.Keys.ShouldBe(["file"]);
        api.StoredFiles(Tenant).Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_file_one_byte_over_10_MB_is_refused_and_one_of_exactly_10_MB_is_accepted()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);
        var before = api.StoredFiles(Tenant).Count;

        var problem = await Problem.ReadAsync(
            await owner.Client.UploadAsync(seller.Id, PdfOfSize(TenMegabytes + 1), "big.pdf"), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("file.too_large");
        problem.Errors.Keys.ShouldBe(["file"]);
        api.StoredFiles(Tenant).Count.ShouldBe(before);
        var document = await (await owner.Client.UploadAsync(seller.Id, PdfOfSize(TenMegabytes), "limit.pdf"))
            .ReadAsync<KycDocumentDto>(HttpStatusCode.Created);
        document.SizeBytes.ShouldBe(TenMegabytes);
        api.StoredFiles(Tenant).Count.ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_body_well_over_the_limit_is_refused_while_reading_with_a_problem_not_a_500()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);
        var before = api.StoredFiles(Tenant).Count;

        var response = await owner.Client.UploadAsync(seller.Id, PdfOfSize(12 * 1024 * 1024), "huge.pdf");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        var problem = await Problem.ReadAsync(response, response.StatusCode);
        problem.Status.ShouldBeLessThan(500);
        await ShouldHaveNoDocumentsAsync(seller.Id);
        api.StoredFiles(Tenant).Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_missing_file_or_kind_is_a_field_error()
    {
        var (owner, seller) = await api.NewSellerAsync(Tenant);

        (await Problem.ReadAsync(await owner.Client.UploadAsync(seller.Id, null, "none.pdf"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["file"]);
        (await Problem.ReadAsync(await owner.Client.UploadAsync(seller.Id, SellerTestKit.Pdf, "id.pdf", kind: null), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["kind"]);
        (await Problem.ReadAsync(await owner.Client.UploadAsync(seller.Id, SellerTestKit.Pdf, "id.pdf", kind: "Selfie"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["kind"]);
        await ShouldHaveNoDocumentsAsync(seller.Id);
    }

    [Fact]
    public async Task A_document_refused_by_the_seller_after_storing_is_deleted_again()
    {
        var (owner, seller) = await api.NewSubmittedSellerAsync(Tenant);
        var before = api.StoredFiles(Tenant);

        var problem = await Problem.ReadAsync(await owner.Client.UploadAsync(seller.Id, SellerTestKit.Pdf, "late.pdf"), HttpStatusCode.Conflict);

        problem.Code.ShouldBe("seller.kyc_locked");
        api.StoredFiles(Tenant).ShouldBe(before, ignoreOrder: true);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM seller_kyc_documents WHERE seller_id = @id", ("id", seller.Id)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task An_upload_to_an_unknown_seller_is_not_found_and_an_anonymous_one_unauthorised()
    {
        var owner = await api.NewOwnerAsync(Tenant);
        var (_, seller) = await api.NewSellerAsync(Tenant);

        (await owner.Client.UploadAsync(Guid.NewGuid(), SellerTestKit.Pdf, "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.ClientFor(Tenant).UploadAsync(seller.Id, SellerTestKit.Pdf, "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task ShouldHaveNoDocumentsAsync(Guid sellerId) =>
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM seller_kyc_documents WHERE seller_id = @id", ("id", sellerId)))
            .ShouldBe(0);

    private static byte[] PdfOfSize(int size)
    {
        var bytes = new byte[size];
        SellerTestKit.Pdf.CopyTo(bytes, 0);
        return bytes;
    }
}
