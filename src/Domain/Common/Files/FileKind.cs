namespace CustomiseYou.Domain.Common.Files;

/// <summary>File formats the platform accepts, each with its canonical content type and extension.</summary>
public enum FileKind
{
    Pdf,
    Jpeg,
    Png,
    WebP,
}

public static class FileKinds
{
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.WebP => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Extension(this FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        FileKind.WebP => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Recognises a file by its first bytes (magic numbers), never by its name or declared type: a renamed
    /// executable stays unrecognised. Needs at least 12 bytes for WebP.
    /// </summary>
    public static FileKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.WebP;
        }

        return null;
    }
}
