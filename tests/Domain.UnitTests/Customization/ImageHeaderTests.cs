using CustomiseYou.Domain.Customization.Images;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class ImageHeaderTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void A_png_is_recognised_and_its_size_read_from_ihdr()
    {
        ImageHeader.Read(Png(width: 1920, height: 1080)).ShouldBe(new ImageInfo(ImageKind.Png, 1920, 1080));
    }

    [Fact]
    public void A_baseline_jpeg_is_read_from_sof0_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00,
            0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00, // a (truncated) quantisation table segment to skip
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        ];

        ImageHeader.Read(jpeg).ShouldBe(new ImageInfo(ImageKind.Jpeg, 640, 480));
    }

    [Fact]
    public void A_progressive_jpeg_is_read_from_sof2_even_after_fill_bytes()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xFF, 0xFF, 0xC2, 0x00, 0x11, 0x08, 0x00, 0x64, 0x00, 0xC8, 0x03];

        ImageHeader.Read(jpeg).ShouldBe(new ImageInfo(ImageKind.Jpeg, 200, 100));
    }

    [Fact]
    public void Other_formats_and_broken_headers_give_null()
    {
        ImageHeader.Read("GIF89a\u0001\u0000\u0001\u0000"u8).ShouldBeNull();
        ImageHeader.Read([]).ShouldBeNull();
        ImageHeader.Read(Png(10, 10).AsSpan(0, 20)).ShouldBeNull(); // cut inside IHDR
        ImageHeader.Read(Png(0, 10)).ShouldBeNull(); // zero width
        ImageHeader.Read([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08]).ShouldBeNull(); // scan data before any frame header
        ImageHeader.Read([0xFF, 0xD8, 0x12, 0x34]).ShouldBeNull(); // not a marker
        ImageHeader.Read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01]).ShouldBeNull(); // impossible segment length
    }

    [Fact]
    public void An_uploaded_image_combines_header_information_and_stored_length()
    {
        var info = ImageHeader.Read(Png(800, 600))!;

        UploadedImage.From(info, 12_345).ShouldBe(new UploadedImage(ImageKind.Png, 12_345, 800, 600));
    }

    private static byte[] Png(uint width, uint height)
    {
        byte[] ihdr = [0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        var size = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(size, width);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(size.AsSpan(4), height);
        return [.. PngSignature, .. ihdr, .. size, 0x08, 0x06, 0x00, 0x00, 0x00];
    }
}
