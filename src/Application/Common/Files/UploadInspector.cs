using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;

namespace CustomiseYou.Application.Common.Files;

/// <summary>Checks an upload before anything is stored: not empty, not too large, and of an allowed kind by its magic bytes.</summary>
public static class UploadInspector
{
    private const int HeaderBytes = 16;

    /// <summary>Reads the header and rewinds; the stream must be seekable (the web host buffers uploads).</summary>
    public static async Task<Result<FileKind>> InspectAsync(
        UploadedFile file, long maxBytes, IReadOnlyCollection<FileKind> allowed, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return Error.Validation("file.empty", "The file is empty.", "file");
        }

        if (file.Length > maxBytes)
        {
            return Error.Validation("file.too_large", $"The file is larger than {maxBytes / (1024 * 1024)} MB.", "file");
        }

        var header = new byte[HeaderBytes];
        var read = await file.Content.ReadAtLeastAsync(header, HeaderBytes, throwOnEndOfStream: false, cancellationToken);
        file.Content.Position = 0;
        var kind = FileKinds.Detect(header.AsSpan(0, read));
        return kind is { } detected && allowed.Contains(detected)
            ? detected
            : Error.Validation("file.kind", $"The file must be {string.Join(", ", allowed)} (checked by content, not by name).", "file");
    }
}
