using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>Artwork uploaded for image options: exported with the files themselves; erased by deleting files and rows.</summary>
internal sealed class UploadsArea(AppDbContext db, IFileStore files) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Artwork you uploaded for customised products: type, size and pixel dimensions; the files themselves are in files/uploads/.",
        "Motive, die Sie für personalisierte Produkte hochgeladen haben: Typ, "
        + "Größe und Pixelmaße; die Dateien selbst liegen unter files/uploads/.",
        "अनुकूलित उत्पादों के लिए आपके द्वारा "
        + "अपलोड की गई कलाकृतियाँ: प्रकार, आकार और "
        + "पिक्सेल माप; फ़ाइलें स्वयं files/uploads/ में हैं।");

    public string Name => "uploads";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(CustomerUpload)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var uploads = await db.CustomerUploads.AsNoTracking().Where(u => u.OwnerUserId == userId).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        if (uploads.Count == 0)
        {
            return null;
        }

        var entries = uploads.Select(u => (Upload: u, File: $"{u.Id}{(u.Kind == ImageKind.Png ? ".png" : ".jpg")}")).ToList();
        return new AreaExport(
            entries.Select(e => new
            {
                e.Upload.Id,
                e.Upload.Kind,
                e.Upload.Bytes,
                e.Upload.Width,
                e.Upload.Height,
                e.Upload.CreatedAt,
                File = $"files/{Name}/{e.File}",
            }).ToList(),
            [.. entries.Select(e => new ExportFile(e.File, e.Upload.FileKey))]);
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        var uploads = await db.CustomerUploads.Where(u => u.OwnerUserId == context.UserId).ToListAsync(cancellationToken);
        foreach (var upload in uploads)
        {
            // Deleting a file that is already gone is a no-op, so a second run goes through.
            await files.DeleteAsync(upload.FileKey, cancellationToken);
        }

        db.CustomerUploads.RemoveRange(uploads);
    }
}
