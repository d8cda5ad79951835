using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Sellers;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// Development only: the demo seller's verified shop with three customisable products per region (an engraved
/// nameplate, a printed T-shirt, a hand-painted mug with uploaded artwork), each with a picture and a schema.
/// </summary>
internal sealed class DemoCatalogSeeder(AppDbContext db, IFileStore files, TimeProvider clock)
{
    private static readonly byte[] Picture = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public async Task SeedAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var owner = await db.Users.FirstOrDefaultAsync(u => u.Email == "seller@demo.test", cancellationToken);
        if (owner is null || await db.Sellers.AnyAsync(s => s.OwnerUserId == owner.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var country = tenant.Currency == "INR" ? "IN" : "DE";
        var seller = Seller.Apply(
            Guid.CreateVersion7(),
            owner.Id,
            "Demo Craft Studio",
            "Demo Craft Studio Ltd",
            new Address("1 Artisan Lane", null, "Demo City", null, "10001", country),
            tenant.PaymentProvider == PaymentProvider.Razorpay ? "acc_DemoLinked01" : "acct_DemoConnect01",
            now);
        seller.AddDocument(Guid.CreateVersion7(), KycDocumentKind.BusinessRegistration, "kyc/demo-registration.pdf", FileKind.Pdf, 1024, now);
        seller.Submit(now.AddSeconds(1));
        seller.Approve(owner.Id, now.AddSeconds(2));
        db.Sellers.Add(seller);

        var inr = tenant.Currency == "INR";
        await AddProductAsync(
            tenant, seller, "nameplates", "Engraved wooden nameplate", "Solid wood, laser engraved with your family name.",
            inr ? 1499m : 39.90m, ["wood", "home", "engraved"], Nameplate(tenant.Currency, inr), now, cancellationToken);
        await AddProductAsync(
            tenant, seller, "t-shirts", "Printed cotton T-shirt", "Organic cotton tee printed with your text.",
            inr ? 799m : 24.90m, ["apparel", "print"], TShirt(tenant.Currency, inr), now, cancellationToken);
        await AddProductAsync(
            tenant, seller, "mugs", "Hand-painted mug with your artwork", "Stoneware mug hand-painted from the artwork you upload.",
            inr ? 649m : 19.90m, ["kitchen", "mug", "gift"], Mug(tenant.Currency, inr), now, cancellationToken);
    }

    private async Task AddProductAsync(
        Tenant tenant, Seller seller, string categorySlug, string title, string description, decimal price, string[] tags,
        CustomizationDefinitionDto definition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstAsync(c => c.Slug == categorySlug, cancellationToken);
        var product = Product.Create(
            Guid.CreateVersion7(), seller.Id, title, description, category.Id, Money.Of(price, tenant.Currency),
            $"DEMO-{categorySlug}".ToUpperInvariant(), 25, tags, now);
        var stored = await files.SaveAsync(
            "products", new MemoryStream(Picture), FileKind.Png.ContentType(), FileKind.Png.Extension(), cancellationToken);
        product.AddImage(Guid.CreateVersion7(), stored.Key, FileKind.Png, now);
        var schema = CustomizationMapping.ToSchema(definition, tenant.Currency);
        if (!schema.IsSuccess)
        {
            throw new InvalidOperationException(
                $"Demo schema for '{title}' is invalid: "
                + $"{string.Join("; ", schema.Error!.Details.Select(d => $"{d.Key}: {string.Join(" ", d.Value)}"))}");
        }

        db.ProductCustomizations.Add(ProductCustomization.Create(
            Guid.CreateVersion7(), product.Id, 1, JsonSerializer.Serialize(definition, CustomizationCatalog.Json), seller.OwnerUserId, now));
        product.MarkCustomizable(true);
        product.Publish(sellerVerified: true, now);
        db.Products.Add(product);
    }

    private static MoneyDto M(decimal amount, string currency) => new(amount, currency);

    private static Dictionary<string, string> L(string en, string de, string hi) => new() { ["en"] = en, ["de"] = de, ["hi"] = hi };

    private static CustomizationDefinitionDto Nameplate(string currency, bool inr) => new(
    [
        new OptionDto
        {
            Key = "engraving", Type = "text", Labels = L("Engraving", "Gravur", "नक्काशी"), Required = true, DisplayOrder = 1,
            MaxLength = 30,
            AllowedCharacters = "LettersDigitsSpacePunctuation", Fonts = ["Serif", "Script"],
            Pricing = new PricingDto([new PriceRuleDto("perCharacter", M(inr ? 10m : 0.25m, currency))]),
        },
        new OptionDto
        {
            Key = "size", Type = "choice", Labels = L("Size", "Größe", "आकार"), Required = true, DisplayOrder = 2,
            Choices =
            [
                new ChoiceDto("small", L("Small (20 cm)", "Klein (20 cm)", "छोटा (20 सेमी)")),
                new ChoiceDto("large", L("Large (35 cm)", "Groß (35 cm)", "बड़ा (35 सेमी)"), M(inr ? 400m : 12m, currency), 3),
            ],
        },
        new OptionDto
        {
            Key = "finish", Type = "colour", Labels = L("Wood finish", "Holzton", "लकड़ी की फ़िनिश"), DisplayOrder = 3,
            Palette = [new PaletteColourDto("Walnut", "#5C4033"), new PaletteColourDto("Oak", "#C8A165"), new PaletteColourDto("Ebony", "#2B1D14")],
        },
    ],
    new PreviewTemplateDto("base", 600, 240, [new PreviewZoneDto("plate", "engraving", 40, 80, 520, 80, 0, "Serif", "#FFFFFF", "finish")]));

    private static CustomizationDefinitionDto TShirt(string currency, bool inr) => new(
    [
        new OptionDto
        {
            Key = "size", Type = "choice", Labels = L("Size", "Größe", "आकार"), Required = true, DisplayOrder = 1,
            Choices =
            [
                new ChoiceDto("s", L("S", "S", "S")),
                new ChoiceDto("m", L("M", "M", "M")),
                new ChoiceDto("l", L("L", "L", "L")),
                new ChoiceDto("xl", L("XL", "XL", "XL"), M(inr ? 50m : 2m, currency)),
            ],
        },
        new OptionDto
        {
            Key = "colour", Type = "colour", Labels = L("Colour", "Farbe", "रंग"), Required = true, DisplayOrder = 2,
            Palette =
            [
                new PaletteColourDto("White", "#FFFFFF"), new PaletteColourDto("Black", "#000000"), new PaletteColourDto("Saffron", "#F4C430"),
            ],
        },
        new OptionDto
        {
            Key = "print", Type = "text", Labels = L("Print text", "Drucktext", "छपाई का पाठ"), DisplayOrder = 3, MaxLength = 40,
            // Printing is cheaper per shirt from ten shirts up.
            Pricing = new PricingDto(
            [
                new PriceRuleDto("tiers", Tiers: [new TierDto(1, M(inr ? 150m : 5m, currency)), new TierDto(10, M(inr ? 100m : 3.5m, currency))]),
            ]),
        },
    ]);

    private static CustomizationDefinitionDto Mug(string currency, bool inr) => new(
    [
        new OptionDto
        {
            Key = "artwork", Type = "image", Labels = L("Your artwork", "Ihr Motiv", "आपकी कलाकृति"), Required = true,
            DisplayOrder = 1,
            MinWidth = 300, MinHeight = 300,
            Pricing = new PricingDto([new PriceRuleDto("fixed", M(inr ? 200m : 6m, currency))]),
        },
        new OptionDto
        {
            Key = "message", Type = "text", Labels = L("Message", "Nachricht", "संदेश"), DisplayOrder = 2, MaxLength = 60,
            Multiline = true, MaxLines = 2,
        },
        new OptionDto
        {
            Key = "gift_box", Type = "choice", Labels = L("Gift box", "Geschenkbox", "उपहार बॉक्स"), DisplayOrder = 3,
            Choices = [new ChoiceDto("yes", L("Yes", "Ja", "हाँ"), M(inr ? 99m : 3.5m, currency))],
        },
    ]);
}
