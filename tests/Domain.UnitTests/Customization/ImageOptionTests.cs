using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Options;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class ImageOptionTests
{
    private static readonly Dictionary<string, UploadedImage> Uploads = new()
    {
        ["good"] = new UploadedImage(ImageKind.Png, 200_000, 1200, 900),
        ["jpeg"] = new UploadedImage(ImageKind.Jpeg, 200_000, 1200, 900),
        ["huge"] = new UploadedImage(ImageKind.Png, 6_000_000, 1200, 900),
        ["tiny"] = new UploadedImage(ImageKind.Png, 2_000, 100, 80),
        ["all_wrong"] = new UploadedImage(ImageKind.Jpeg, 6_000_000, 100, 80),
    };

    private static readonly Domain.Customization.CustomizationSchema ArtworkSchema = Schema(new ImageOption
    {
        Key = "artwork",
        Labels = En("Artwork"),
        MaxBytes = 5_000_000,
        MinWidth = 800,
        MinHeight = 600,
        AllowedKinds = [ImageKind.Png],
    });

    [Fact]
    public void A_fitting_upload_is_accepted_by_its_id()
    {
        Normalized(ArtworkSchema, Selection(("artwork", Text(" good "))), Find).Values["artwork"].Text.ShouldBe("good");
    }

    [Theory]
    [InlineData("missing", "The uploaded image was not found.")]
    [InlineData("jpeg", "Must be a PNG image.")]
    [InlineData("huge", "Must be at most 5000000 bytes.")]
    [InlineData("tiny", "Must be at least 800×600 pixels; this one is 100×80.")]
    public void An_unfit_upload_is_rejected(string uploadId, string message)
    {
        Errors(ArtworkSchema, Selection(("artwork", Text(uploadId))), Find)["artwork"].ShouldBe([message]);
    }

    [Fact]
    public void Every_problem_of_an_upload_is_reported_at_once()
    {
        Errors(ArtworkSchema, Selection(("artwork", Text("all_wrong"))), Find)["artwork"].Length.ShouldBe(3);
    }

    private static UploadedImage? Find(string id) => Uploads.GetValueOrDefault(id);
}
