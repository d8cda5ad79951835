using CustomiseYou.Domain.Customization.Images;

namespace CustomiseYou.Domain.Customization;

/// <summary>
/// What a selection is checked against besides the schema: the tenant's "today" (computed by the caller in the
/// tenant time zone) and the metadata of uploads, which live outside the domain.
/// </summary>
internal sealed record SelectionContext(DateOnly Today, Func<string, UploadedImage?> FindUpload);
