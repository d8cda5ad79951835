using System.Xml.Linq;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Preview;
using CustomiseYou.Domain.Customization.Selections;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class SvgPreviewRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Func<string, UploadedImage?> Uploads = id => new UploadedImage(ImageKind.Png, 1_000, 1000, 1000);

    private static readonly CustomizationSchema MugSchema = CreateMugSchema(maxTextLength: 100);

    [Fact]
    public void User_text_is_escaped_and_stays_inert()
    {
        const string hostile = "<script>alert(1)</script> & co \"quoted\" 'single'";

        var svg = Render(MugSchema, Selection(("message", Text(hostile))));

        var document = XDocument.Parse(svg);
        document.Descendants().ShouldNotContain(element => element.Name.LocalName == "script");
        document.Descendants(Svg + "text").Single().Value.ShouldBe(hostile);
        svg.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co &quot;quoted&quot; &apos;single&apos;");
    }

    [Fact]
    public void Text_uses_the_picked_font_and_the_bound_colour_option()
    {
        var svg = Render(MugSchema, Selection(("message", Text("Asha", font: "Roboto")), ("ink", Text("#ff0000"))));

        var text = XDocument.Parse(svg).Descendants(Svg + "text").Single();
        text.Attribute("font-family")!.Value.ShouldBe("Roboto");
        text.Attribute("fill")!.Value.ShouldBe("#FF0000");
    }

    [Fact]
    public void Text_falls_back_to_the_zone_defaults_and_keeps_its_lines()
    {
        var svg = Render(MugSchema, Selection(("message", Text("Happy\nBirthday"))));

        var text = XDocument.Parse(svg).Descendants(Svg + "text").Single();
        text.Attribute("font-family")!.Value.ShouldBe("Playfair Display");
        text.Attribute("fill")!.Value.ShouldBe("#222222");
        text.Elements(Svg + "tspan").Select(line => line.Value).ShouldBe(["Happy", "Birthday"]);
    }

    [Fact]
    public void Colour_options_fill_their_zone_and_rotation_is_applied()
    {
        var svg = Render(MugSchema, Selection(("band", Text("#00ff00"))));

        var rect = XDocument.Parse(svg).Descendants(Svg + "rect").Single();
        rect.Attribute("fill")!.Value.ShouldBe("#00FF00");
        rect.Parent!.Attribute("transform")!.Value.ShouldBe("rotate(-15 150 550)");
    }

    [Theory]
    [InlineData("/files/abc.png", true)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true)]
    [InlineData("https://evil.example/x.png", false)]
    [InlineData("http://evil.example/x.png", false)]
    [InlineData("//evil.example/x.png", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=", false)]
    [InlineData("/files/a\"onload=\"alert(1)", false)]
    public void Only_inline_or_same_origin_image_references_are_kept(string href, bool kept)
    {
        var svg = Render(MugSchema, Selection(("artwork", Text("upload-1"))), resolve: id => id == "upload-1" ? href : null);

        XDocument.Parse(svg).Descendants(Svg + "image").Any().ShouldBe(kept);
        svg.Contains("evil", StringComparison.Ordinal).ShouldBeFalse();
    }

    [Fact]
    public void The_base_image_goes_through_the_same_resolver()
    {
        var svg = Render(MugSchema, Selection(), resolve: id => id == "products/mug.png" ? "/media/mug.png" : null);

        var image = XDocument.Parse(svg).Descendants(Svg + "image").Single();
        image.Attribute("href")!.Value.ShouldBe("/media/mug.png");
        image.Attribute("width")!.Value.ShouldBe("600");
    }

    [Fact]
    public void Unanswered_options_leave_their_zones_empty()
    {
        var document = XDocument.Parse(Render(MugSchema, Selection()));

        document.Root!.Name.ShouldBe(Svg + "svg");
        document.Descendants(Svg + "text").ShouldBeEmpty();
        document.Descendants(Svg + "rect").ShouldBeEmpty();
    }

    [Fact]
    public void Text_longer_than_a_zone_allows_is_refused()
    {
        var schema = CreateMugSchema(maxTextLength: 2000);
        var selection = schema.Normalize(
            Selection(("message", Text(new string('a', SvgPreviewRenderer.MaxTextLengthPerZone + 1)))), Today, Uploads).Value;

        var result = SvgPreviewRenderer.Render(schema, selection, _ => null);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Code.ShouldBe("customization.preview_text_too_long");
    }

    [Fact]
    public void Output_over_the_size_bound_is_refused()
    {
        // 50 zones of 500 escaped ampersands each would be about 125 KB of SVG.
        var preview = new PreviewTemplate
        {
            BaseImage = "products/mug.png",
            Width = 600,
            Height = 600,
            Zones =
            [
                .. Enumerable.Range(0, PreviewTemplate.MaxZones)
                    .Select(i => new PreviewZone { Name = $"z{i}", OptionKey = "message", Width = 10m, Height = 10m }),
            ],
        };
        var schema = CustomizationSchema.Create("INR", [NewText("message", maxLength: 500)], preview).Value;
        var selection = schema.Normalize(Selection(("message", Text(new string('&', 500)))), Today, Uploads).Value;

        var result = SvgPreviewRenderer.Render(schema, selection, _ => null);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Code.ShouldBe("customization.preview_too_large");
    }

    [Fact]
    public void A_schema_without_a_template_has_no_preview()
    {
        var schema = Schema(NewText("message"));

        SvgPreviewRenderer.Render(schema, Normalized(schema, Selection()), _ => null).Error!.Code.ShouldBe("customization.preview_missing");
    }

    private static string Render(CustomizationSchema schema, Dictionary<string, SelectionValue> answers, Func<string, string?>? resolve = null)
    {
        var selection = schema.Normalize(answers, Today, Uploads).Value;
        var result = SvgPreviewRenderer.Render(schema, selection, resolve ?? (_ => null));
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value;
    }

    private static CustomizationSchema CreateMugSchema(int maxTextLength)
    {
        var preview = new PreviewTemplate
        {
            BaseImage = "products/mug.png",
            Width = 600,
            Height = 600,
            Zones =
            [
                new PreviewZone
                {
                    Name = "front", OptionKey = "message", X = 100m, Y = 200m, Width = 400m, Height = 100m,
                    DefaultFont = "Playfair Display", DefaultColour = "#222222", ColourOptionKey = "ink",
                },
                new PreviewZone { Name = "band", OptionKey = "band", X = 0m, Y = 500m, Width = 300m, Height = 100m, Rotation = -15m },
                new PreviewZone { Name = "art", OptionKey = "artwork", X = 200m, Y = 300m, Width = 200m, Height = 200m },
            ],
        };
        OptionDefinition[] options =
        [
            new TextOption
            {
                Key = "message",
                Labels = En("Message"),
                Multiline = true,
                MaxLength = maxTextLength,
                Fonts = ["Roboto", "Playfair Display"],
            },
            new ColourOption { Key = "ink", Labels = En("Ink"), AllowCustomHex = true },
            new ColourOption { Key = "band", Labels = En("Band"), AllowCustomHex = true },
            new ImageOption { Key = "artwork", Labels = En("Artwork") },
        ];
        var result = CustomizationSchema.Create("INR", options, preview);
        result.IsSuccess.ShouldBeTrue();
        return result.Value;
    }
}
