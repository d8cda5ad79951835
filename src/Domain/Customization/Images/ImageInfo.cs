namespace CustomiseYou.Domain.Customization.Images;

/// <summary>What a file header says about an image.</summary>
public sealed record ImageInfo(ImageKind Kind, int Width, int Height);
