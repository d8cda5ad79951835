namespace CustomiseYou.Domain.Customization.Images;

/// <summary>
/// Metadata of a stored upload, supplied by the caller (uploads live in the file store, not the domain); typically
/// built from <see cref="ImageHeader.Read"/> on the first bytes plus the stored length.
/// </summary>
public sealed record UploadedImage(ImageKind Kind, long Bytes, int Width, int Height)
{
    public static UploadedImage From(ImageInfo info, long bytes)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new UploadedImage(info.Kind, bytes, info.Width, info.Height);
    }
}
