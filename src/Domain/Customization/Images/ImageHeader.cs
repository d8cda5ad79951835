using System.Buffers.Binary;

namespace CustomiseYou.Domain.Customization.Images;

/// <summary>
/// Recognises JPEG and PNG from a file's first bytes and reads the pixel size without decoding the image, so an
/// upload's real format and size are known whatever its name or declared content type says.
/// </summary>
public static class ImageHeader
{
    /// <summary>Enough for PNG, and for JPEGs whose frame header follows small metadata segments.</summary>
    public const int RecommendedLength = 64 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> IhdrChunkType => "IHDR"u8;

    /// <summary>Kind and size, or null for anything that is not a well-formed JPEG or PNG header.</summary>
    public static ImageInfo? Read(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngSignature))
        {
            return ReadPng(header);
        }

        return header is [0xFF, 0xD8, ..] ? ReadJpeg(header) : null;
    }

    private static ImageInfo? ReadPng(ReadOnlySpan<byte> header)
    {
        // Signature (8), then the IHDR chunk: length (4), type (4), width (4), height (4), big-endian.
        if (header.Length < 24 || !header.Slice(12, 4).SequenceEqual(IhdrChunkType))
        {
            return null;
        }

        return Create(ImageKind.Png, BinaryPrimitives.ReadUInt32BigEndian(header[16..]), BinaryPrimitives.ReadUInt32BigEndian(header[20..]));
    }

    private static ImageInfo? ReadJpeg(ReadOnlySpan<byte> header)
    {
        var position = 2;
        while (position < header.Length)
        {
            if (header[position] != 0xFF)
            {
                return null; // not at a marker: corrupt or not a JPEG
            }

            while (position < header.Length && header[position] == 0xFF)
            {
                position++; // markers may be padded with fill bytes
            }

            if (position >= header.Length)
            {
                return null;
            }

            var marker = header[position++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                continue; // stand-alone markers carry no length
            }

            if (marker is 0xD9 or 0xDA || position + 2 > header.Length)
            {
                return null; // end of image or start of scan before any frame header
            }

            var segmentLength = BinaryPrimitives.ReadUInt16BigEndian(header[position..]);
            if (marker is 0xC0 or 0xC2)
            {
                // SOF0 (baseline) / SOF2 (progressive): length (2), precision (1), height (2), width (2).
                return position + 7 <= header.Length && segmentLength >= 7
                    ? Create(
                        ImageKind.Jpeg,
                        BinaryPrimitives.ReadUInt16BigEndian(header[(position + 5)..]),
                        BinaryPrimitives.ReadUInt16BigEndian(header[(position + 3)..]))
                    : null;
            }

            if (segmentLength < 2)
            {
                return null;
            }

            position += segmentLength;
        }

        return null;
    }

    private static ImageInfo? Create(ImageKind kind, uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : new ImageInfo(kind, (int)width, (int)height);
}
