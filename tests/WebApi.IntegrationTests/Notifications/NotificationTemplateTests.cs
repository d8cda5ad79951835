using System.Globalization;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Infrastructure.Notifications.Templates;

namespace CustomiseYou.WebApi.IntegrationTests.Notifications;

/// <summary>The embedded catalog is complete in every language a region speaks, and rendering is safe. No database.</summary>
public sealed class NotificationTemplateTests
{
    private static readonly NotificationTemplateCatalog Catalog = NotificationTemplateCatalog.LoadEmbedded();

    public static TheoryData<string> Languages => new() { "en", "hi", "de" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_template_exists_with_the_same_placeholders_as_english(string language)
    {
        foreach (var key in NotificationTemplates.All)
        {
            var english = Catalog.Find(NotificationTemplateCatalog.Shared, "en", key).ShouldNotBeNull($"en lacks {key}");
            var translated = Catalog.Find(NotificationTemplateCatalog.Shared, language, key).ShouldNotBeNull($"{language} lacks {key}");
            Placeholders(translated).ShouldBe(Placeholders(english), $"{language} {key}");
            translated.Body.ShouldNotBeEmpty();
        }
    }

    [Theory]
    [InlineData("south-asia", "en-IN", "Digital Personal Data Protection Act")]
    [InlineData("south-asia", "hi-IN", "डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम")]
    [InlineData("europe", "de", "DSGVO")]
    [InlineData("europe", "fr", "GDPR")]
    public void Each_region_has_its_own_footer_in_its_languages(string tenant, string locale, string expected) =>
        Catalog.Footer(tenant, locale).ShouldContain(expected);

    [Fact]
    public void Html_encodes_every_value_and_plain_text_keeps_it()
    {
        var renderer = new NotificationRenderer(Catalog);
        var values = new Dictionary<string, string> { ["orderNumber"] = "1A2B3C4D", ["reason"] = "<b>\"late\"</b> & sorry" };

        var message = renderer.Render(Europe, "en", NotificationTemplates.OrderCancelled, "<i>Lena</i>", values, Money.Of(12m, "EUR"));

        message.TextBody.ShouldStartWith("Hi <i>Lena</i>,\n\nOrder 1A2B3C4D was cancelled.\n\nReason: <b>\"late\"</b> & sorry");
        message.HtmlBody.ShouldContain("<p>Hi &lt;i&gt;Lena&lt;/i&gt;,</p>");
        message.HtmlBody.ShouldContain("<p>Reason: &lt;b&gt;&quot;late&quot;&lt;/b&gt; &amp; sorry</p>");
        message.HtmlBody.ShouldNotContain("<b>");
        message.Summary.ShouldBe("Order 1A2B3C4D was cancelled: <b>\"late\"</b> & sorry");
    }

    [Fact]
    public void A_missing_value_is_an_error_not_an_empty_gap() =>
        Should.Throw<InvalidOperationException>(() => new NotificationRenderer(Catalog).Render(Europe, "en", NotificationTemplates.OrderShipped, "Lena", new Dictionary<string, string>(), null))
            .Message.ShouldContain("{orderNumber}");

    [Theory]
    [InlineData("de", 1234.5, "EUR", "1.234,50 €")]
    [InlineData("en", 1234.5, "EUR", "€1,234.50")]
    [InlineData("en-IN", 123456.789, "INR", "₹1,23,456.79")]
    [InlineData("hi-IN", 1499, "INR", "₹1,499.00")]
    public void Money_is_written_as_the_language_writes_it(string locale, double amount, string currency, string expected) =>
        Spaced(NotificationRenderer.FormatMoney(Money.Of((decimal)amount, currency), CultureInfo.GetCultureInfo(locale))).ShouldBe(expected);

    /// <summary>ICU versions differ in putting a space or a no-break space between amount and symbol.</summary>
    public static string Spaced(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    private static readonly Tenant Europe = new()
    {
        Id = "europe",
        Name = "CustomiseYou Europe",
        Currency = "EUR",
        TimeZone = "Europe/Berlin",
        PaymentProvider = PaymentProvider.Stripe,
        PayoutSchedule = "0 0 6 ? * MON",
        Privacy = new PrivacyRules { Regime = PrivacyRegime.GDPR },
        Locales = ["en", "de", "fr"],
    };

    private static string[] Placeholders(TemplateText template) =>
        [.. new[] { template.Subject, template.Summary }.Concat(template.Body)
            .SelectMany(text => NotificationRenderer.Placeholder().Matches(text).Select(m => m.Value))
            .Distinct().Order(StringComparer.Ordinal)];
}
