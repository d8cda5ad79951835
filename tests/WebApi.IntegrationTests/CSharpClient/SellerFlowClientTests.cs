using CustomiseYou.ApiClient;
using CustomiseYou.ApiClient.Models;
using CustomiseYou.ApiClient.Selections;
using CustomiseYou.WebApi.IntegrationTests.Identity;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using Microsoft.Kiota.Abstractions;
using static CustomiseYou.WebApi.IntegrationTests.CSharpClient.ClientKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.CSharpClient;

/// <summary>
/// A seller's day through the generated C# client only (what the dashboard will do): sign up, open a shop through KYC,
/// list a customisable product, see a customer's order come in, advance it to shipped and read its history.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SellerFlowClientTests(ApiFactory api)
{
    private const string Region = "south-asia";

    [Fact]
    public async Task A_seller_signs_up_lists_a_customisable_product_and_ships_an_order_a_customer_placed()
    {
        var seller = await SignUpSellerAsync();
        var product = await ListNameplateAsync(seller);

        var (customer, _) = await UserAsync(api, Region);
        var placed = await BuyAsync(customer, product);

        var queue = await seller.Api.V1.Seller.Orders.GetAsync(request => request.QueryParameters.Status = OrderStatus.PendingPayment);
        queue!.Items!.Select(order => order.Id).ShouldContain(placed.Id);

        var (admin, _) = await UserAsync(api, Region, "admin");
        (await admin.Api.V1.Admin.Orders[placed.Id!.Value].MarkPaid.PostAsync())!.Status.ShouldBe(OrderStatus.Paid);
        var orders = seller.Api.V1.Seller.Orders[placed.Id.Value];
        (await orders.Status.PostAsync(new StatusRequest { Status = OrderStatus.InProduction }))!.Status.ShouldBe(OrderStatus.InProduction);
        var shipped = await orders.Status.PostAsync(new StatusRequest { Status = OrderStatus.Shipped, TrackingNumber = "TRK-CLIENT-1" });
        shipped!.Status.ShouldBe(OrderStatus.Shipped);

        var order = await seller.Api.V1.Orders[placed.Id.Value].GetAsync();
        order!.TrackingNumber.ShouldBe("TRK-CLIENT-1");
        order.History!.Select(step => step.To).TakeLast(3).ShouldBe([OrderStatus.Paid, OrderStatus.InProduction, OrderStatus.Shipped]);
        order.History!.TakeLast(2).Select(step => step.Actor).ShouldAllBe(actor => actor == "Seller");
        var item = order.Items!.ShouldHaveSingleItem();
        var snapshot = SelectionMap.Read(item.Selection);
        snapshot.Keys.ShouldBe(["engraving", "size"], ignoreOrder: true);
        (snapshot["engraving"], snapshot["size"]).ShouldBe((SelectionValue.Of("Asha"), SelectionValue.Of("large")));
        item.Breakdown!.Sum(line => line.Amount!.Amount).ShouldBe(1939m, "base 1499 + 4 characters x 10 + large 400");

        // Moving back is refused with the API's problem details, typed: no JSON read by hand.
        var refused = await ProblemAsync(() => orders.Status.PostAsync(new StatusRequest { Status = OrderStatus.InProduction }));
        (refused.Status, refused.Code).ShouldBe((409, "order.illegal_transition"));
        refused.TraceId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Field_errors_and_a_missing_region_come_back_as_typed_problems()
    {
        var seller = await SignUpSellerAsync();

        var invalid = await ProblemAsync(() => seller.Api.V1.Products.PostAsync(new CreateProductCommand { Title = "", Sku = "X" }));

        invalid.Status.ShouldBe(400);
        invalid.Errors!.ByField.Keys.ShouldContain("title");
        invalid.Errors.ByField["title"].ShouldNotBeEmpty();
        var noRegion = CustomiseYouApi.Create(api.ClientFor(null), ApiCredentials.Anonymous(null));
        (await ProblemAsync(() => noRegion.Api.V1.Categories.GetAsync())).Status.ShouldBe(400);
    }

    /// <summary>Register, verify the emailed code, sign in, apply to sell with a KYC document; an admin approves.</summary>
    private async Task<CustomiseYouApiClient> SignUpSellerAsync()
    {
        var email = IdentityKit.NewEmail("client-seller");
        var anonymous = Anonymous(api, Region);
        await anonymous.Api.V1.Auth.Register.PostAsync(
            new RegisterCommand { Email = email, Password = IdentityKit.Password, FullName = "Meera Iyer" });
        var code = (await new IdentityKit(api).LatestEmailAsync(Region, email)).Code;
        await anonymous.Api.V1.Auth.VerifyEmail.PostAsync(new VerifyEmailCommand { Email = email, Code = code });
        var tokens = await anonymous.Api.V1.Auth.Login.PostAsync(new LoginCommand { Email = email, Password = IdentityKit.Password });
        var seller = SignedIn(api, Region, tokens!.AccessToken!);

        var shop = await seller.Api.V1.Sellers.PostAsync(new CreateSellerCommand
        {
            BusinessName = "Iyer Woodcraft",
            LegalName = "Iyer Woodcraft LLP",
            Country = "IN",
            Address = new AddressDto { Line1 = "4 Temple Street", City = "Mysuru", PostalCode = "570001", Country = "IN" },
        });
        shop!.KycStatus.ShouldBe(KycStatus.Draft);
        var document = new MultipartBody();
        document.AddOrReplacePart("file", "application/pdf", SellerTestKit.Pdf, "registration.pdf");
        document.AddOrReplacePart("kind", "text/plain", nameof(KycDocumentKind.BusinessRegistration));
        (await seller.Api.V1.Sellers[shop.Id!.Value].Kyc.Documents.PostAsync(document))!.Kind.ShouldBe(KycDocumentKind.BusinessRegistration);
        (await seller.Api.V1.Sellers[shop.Id.Value].Kyc.Submit.PostAsync())!.KycStatus.ShouldBe(KycStatus.Submitted);

        var (admin, _) = await UserAsync(api, Region, "admin");
        (await admin.Api.V1.Admin.Sellers[shop.Id.Value].Kyc.Approve.PostAsync())!.KycStatus.ShouldBe(KycStatus.Verified);
        (await seller.Api.V1.Sellers.Me.GetAsync())!.Verified.ShouldBe(true);
        return seller;
    }

    /// <summary>A published nameplate with an engraving priced per character and a size choice.</summary>
    private async Task<ProductDto> ListNameplateAsync(CustomiseYouApiClient seller)
    {
        var (admin, _) = await UserAsync(api, Region, "admin");
        var category = await admin.Api.V1.Categories.PostAsync(new CreateCategoryCommand { Name = $"Nameplates {Guid.NewGuid():N}" });
        var product = await seller.Api.V1.Products.PostAsync(new CreateProductCommand
        {
            Title = "Walnut nameplate",
            Description = "Hand-finished sign for your front door.",
            CategoryId = category!.Id,
            BasePrice = Money(1499m, "INR"),
            Sku = $"CLIENT-{Guid.NewGuid():N}"[..20],
            Stock = 5,
            Tags = ["home"],
        });
        var photo = new MultipartBody();
        photo.AddOrReplacePart("file", "image/png", Png, "nameplate.png");
        await seller.Api.V1.Products[product!.Id!.Value].Images.PostAsync(photo);

        var schema = await seller.Api.V1.Products[product.Id.Value].Customization.PutAsync(new CustomizationDefinitionDto
        {
            Options =
            [
                new OptionDto
                {
                    Key = "engraving", Type = "text", Required = true, MaxLength = 20, Labels = Labels("Engraving"),
                    Pricing = new PricingDto { Rules = [new PriceRuleDto { Type = "perCharacter", Amount = Money(10m, "INR") }] },
                },
                new OptionDto
                {
                    Key = "size", Type = "choice", Required = true, Labels = Labels("Size"),
                    Choices =
                    [
                        new ChoiceDto { Value = "small", Labels = ChoiceLabels("Small") },
                        new ChoiceDto { Value = "large", Labels = ChoiceLabels("Large"), PriceAdjustment = Money(400m, "INR") },
                    ],
                },
            ],
        });
        schema!.Version.ShouldBe(1);
        var published = await seller.Api.V1.Products[product.Id.Value].Publish.PostAsync();
        published!.Status.ShouldBe(ProductStatus.Published);
        return published;
    }

    /// <summary>The customer reads the schema, quotes, adds to the cart and checks out with an idempotency key.</summary>
    private static async Task<CheckoutOrderDto> BuyAsync(CustomiseYouApiClient customer, ProductDto product)
    {
        var options = (await customer.Api.V1.Products[product.Id!.Value].Customization.GetAsync())!.Definition!.Options!;
        options.Select(option => option.Key).ShouldBe(["engraving", "size"]);
        (string, SelectionValue)[] answers = [("engraving", SelectionValue.Of("Asha")), ("size", SelectionValue.Of("large"))];

        var quote = await customer.Api.V1.Products[product.Id.Value].Customization.Quote.PostAsync(
            new QuoteRequest { Quantity = 2, Selections = SelectionMap.Of<QuoteRequest_selections>(answers) });
        quote!.UnitPrice!.Amount.ShouldBe(1939m);
        quote.Total!.Amount.ShouldBe(3878m);
        SelectionMap.Read(quote.Selection)["engraving"].ShouldBe(SelectionValue.Of("Asha"));

        var line = await customer.Api.V1.Cart.Items.PostAsync(
            new AddCartItemCommand { ProductId = product.Id, Quantity = 1, Selections = SelectionMap.Of<AddCartItemCommand_selections>(answers) });
        line!.UnitPrice!.Amount.ShouldBe(1939m);
        var checkout = await customer.Api.V1.Checkout.PostAsync(
            new CheckoutRequest
            {
                ShippingAddress = new ShippingAddressDto
                {
                    FullName = "Asha Rao",
                    Line1 = "12 MG Road",
                    City = "Bengaluru",
                    PostalCode = "560001",
                    Country = "IN",
                },
            },
            request => request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString()));
        return checkout!.Orders!.ShouldHaveSingleItem();
    }

    private static OptionDto_labels Labels(string english) => new() { AdditionalData = { ["en"] = english } };

    private static ChoiceDto_labels ChoiceLabels(string english) => new() { AdditionalData = { ["en"] = english } };
}
