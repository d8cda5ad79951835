using System.IO.Compression;
using CustomiseYou.ApiClient;
using CustomiseYou.ApiClient.Models;
using CustomiseYou.ApiClient.Selections;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.CSharpClient.ClientKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.CSharpClient;

/// <summary>
/// A compliance officer's work through the generated C# client only (the operations console): a customer's data export,
/// an erasure refused while an order is open and carried out once it is cancelled, and the audit log of both.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ComplianceFlowClientTests(ApiFactory api)
{
    private const string Region = "europe";
    private const string PrivacyJob = "process-privacy-requests";

    [Fact]
    public async Task An_officer_exports_a_customers_data_and_erases_it_once_no_order_is_open()
    {
        var (customer, customerId) = await UserAsync(api, Region);
        var order = await BuyEngravedMugAsync(customer);
        var (officer, _) = await UserAsync(api, Region, "compliance");
        var (admin, _) = await UserAsync(api, Region, "admin");

        var export = await officer.Api.V1.Compliance.Exports.PostAsync(
            new RequestExportCommand { UserId = customerId, Reason = "Access request received by post", Locale = "de" });
        (export!.Kind, export.Status, export.SubjectUserId).ShouldBe((PrivacyRequestKind.Export, PrivacyRequestStatus.Requested, customerId));
        (await RunJobAsync(admin, PrivacyJob)).Status.ShouldBe(JobRunStatus.Succeeded);
        var ready = await officer.Api.V1.Compliance.Exports[export.Id!.Value].GetAsync();
        ready!.Status.ShouldBe(PrivacyRequestStatus.Ready);
        ready.DownloadUrl.ShouldNotBeNullOrEmpty();
        var files = await ReadZipAsync(await officer.Api.V1.Compliance.Exports[export.Id.Value].Download.GetAsync());
        files.Keys.ShouldContain("README.md");
        files["orders.json"].ShouldContain(order.Id.ToString()!);
        files["orders.json"].ShouldContain("Für Oma");

        var blocked = await ProblemAsync(() => officer.Api.V1.Compliance.Erasures.PostAsync(Erasure(customerId)));
        blocked.Status.ShouldBe(409);
        blocked.Errors!.ByField.Keys.ShouldContain("openOrders");

        await customer.Api.V1.Orders[order.Id!.Value].Cancel.PostAsync(new CancelRequest { Reason = "Ordered twice" });
        var erasure = await officer.Api.V1.Compliance.Erasures.PostAsync(Erasure(customerId));
        erasure!.Status.ShouldBe(PrivacyRequestStatus.Requested);
        (await RunJobAsync(admin, PrivacyJob)).Status.ShouldBe(JobRunStatus.Succeeded);
        (await officer.Api.V1.Compliance.Erasures[erasure.Id!.Value].GetAsync())!.Status.ShouldBe(PrivacyRequestStatus.Completed);
        (await ProblemAsync(() => customer.Api.V1.Me.GetAsync())).Status.ShouldBe(401, "an erased account's session ends");

        var audit = await officer.Api.V1.Compliance.Audit.GetAsync(request => request.QueryParameters.UserId = customerId);
        audit!.Items!.Select(entry => entry.Action).ShouldBe(
            [AuditAction.ExportRequested, AuditAction.ExportDownloaded, AuditAction.ErasureRequested, AuditAction.ErasureCompleted],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Only_compliance_officers_export_other_peoples_data()
    {
        var (customer, customerId) = await UserAsync(api, Region);

        var refused = await ProblemAsync(() => customer.Api.V1.Compliance.Exports.PostAsync(new RequestExportCommand { UserId = customerId }));

        refused.Status.ShouldBe(403);
        refused.Code.ShouldNotBeNullOrEmpty();
    }

    private static RequestErasureCommand Erasure(Guid userId) => new() { UserId = userId, Reason = "Consent withdrawn (Art. 17(1)(b))" };

    /// <summary>A shop's engraved mug (made the way the other tests make shops), bought through the client.</summary>
    private async Task<CheckoutOrderDto> BuyEngravedMugAsync(CustomiseYouApiClient customer)
    {
        var shop = await SellerAsync(api, Region);
        var mug = await PublishedAsync(shop.Client, NewProduct(Region, await CategoryAsync(api, Region), title: "Engraved mug", price: 18m));
        var engraving = new OptionDto
        {
            Key = "engraving",
            Type = "text",
            Required = true,
            MaxLength = 30,
            Labels = new() { AdditionalData = { ["en"] = "Engraving" } },
        };
        var owner = SignedIn(api, Region, shop.Client.DefaultRequestHeaders.Authorization!.Parameter!);
        await owner.Api.V1.Products[mug.Id].Customization.PutAsync(new CustomizationDefinitionDto { Options = [engraving] });

        await customer.Api.V1.Cart.Items.PostAsync(new AddCartItemCommand
        {
            ProductId = mug.Id,
            Quantity = 1,
            Selections = SelectionMap.Of<AddCartItemCommand_selections>(("engraving", SelectionValue.Of("Für Oma"))),
        });
        var checkout = await customer.Api.V1.Checkout.PostAsync(
            new CheckoutRequest
            {
                ShippingAddress = new ShippingAddressDto
                {
                    FullName = "Lena Weber",
                    Line1 = "Hauptstraße 5",
                    City = "Berlin",
                    PostalCode = "10115",
                    Country = "DE",
                },
            },
            request => request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString()));
        return checkout!.Orders!.ShouldHaveSingleItem();
    }

    private static async Task<Dictionary<string, string>> ReadZipAsync(Stream? download)
    {
        download.ShouldNotBeNull();
        using var zip = new ZipArchive(download, ZipArchiveMode.Read);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            files[entry.FullName] = await reader.ReadToEndAsync();
        }

        return files;
    }
}
