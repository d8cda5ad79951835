using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>
/// Artwork the customer uploads. The answer is the upload id; its kind, size and pixel dimensions come from the
/// upload lookup the caller supplies, because the bytes live in the file store.
/// </summary>
public sealed record ImageOption : OptionDefinition
{
    /// <summary>Upload ids are short opaque tokens; anything longer is not one.</summary>
    public const int UploadIdMaxLength = 200;

    public override string Kind => "image";

    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public int MinWidth { get; init; }

    public int MinHeight { get; init; }

    public IReadOnlyList<ImageKind> AllowedKinds { get; init => field = [.. value]; } = [ImageKind.Jpeg, ImageKind.Png];

    internal override void CheckDefinition(string path, AuthoringContext context)
    {
        if (MaxBytes <= 0)
        {
            context.Add($"{path}.maxBytes", "Must be greater than 0.");
        }

        if (MinWidth < 0)
        {
            context.Add($"{path}.minWidth", "Must not be negative.");
        }

        if (MinHeight < 0)
        {
            context.Add($"{path}.minHeight", "Must not be negative.");
        }

        if (AllowedKinds.Count == 0)
        {
            context.Add($"{path}.allowedKinds", "Needs at least one image kind.");
        }

        for (var i = 0; i < AllowedKinds.Count; i++)
        {
            if (!Enum.IsDefined(AllowedKinds[i]))
            {
                context.Add($"{path}.allowedKinds[{i}]", "Must be Jpeg or Png.");
            }
        }
    }

    internal override SelectionValue? Accept(SelectionValue raw, SelectionContext context, List<string> errors)
    {
        if (raw.Kind != SelectionValueKind.Text)
        {
            errors.Add("Must be the id of an uploaded image.");
            return null;
        }

        var uploadId = raw.Text!.Trim();
        if (uploadId.Length > UploadIdMaxLength || TextRules.HasUnsafeCharacters(uploadId) || context.FindUpload(uploadId) is not { } image)
        {
            errors.Add("The uploaded image was not found.");
            return null;
        }

        if (!AllowedKinds.Contains(image.Kind))
        {
            errors.Add($"Must be a {string.Join(" or ", AllowedKinds.Select(kind => kind.ToString().ToUpperInvariant()))} image.");
        }

        if (image.Bytes > MaxBytes)
        {
            errors.Add($"Must be at most {MaxBytes} bytes.");
        }

        if (image.Width < MinWidth || image.Height < MinHeight)
        {
            errors.Add($"Must be at least {MinWidth}×{MinHeight} pixels; this one is {image.Width}×{image.Height}.");
        }

        return errors.Count == 0 ? SelectionValue.OfText(uploadId) : null;
    }
}
