namespace CustomiseYou.Domain.Customization.Images;

/// <summary>Image formats customers may upload, recognised by their magic bytes rather than a file name.</summary>
public enum ImageKind
{
    Jpeg,
    Png,
}
