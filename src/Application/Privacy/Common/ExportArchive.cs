using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>
/// Builds an export: one JSON file per area that holds something, the stored files areas attach, and a README in the
/// subject's language explaining each file. The ZIP is assembled in a temporary file (artwork can be large) and
/// stored in the region's own file store under a generated key.
/// </summary>
public sealed class ExportArchive(IEnumerable<IPersonalDataArea> areas, IFileStore files, ITenantContext tenant, TimeProvider clock)
{
    public const string StoreArea = "privacy-exports";
    public const string ReadmeName = "README.md";

    /// <summary>Readable in any editor: indented, non-ASCII letters (Hindi, umlauts) left as they are.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<StoredFile> BuildAsync(PrivacyRequest request, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"customiseyou-export-{Guid.NewGuid():N}.zip");
        await using var buffer = new FileStream(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var included = new List<IPersonalDataArea>();
        var missing = new List<string>();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var area in areas)
            {
                if (await area.ExportAsync(request.SubjectUserId, cancellationToken) is not { } export)
                {
                    continue;
                }

                await using (var entry = zip.CreateEntry($"{area.Name}.json").Open())
                {
                    await JsonSerializer.SerializeAsync(entry, export.Data, export.Data.GetType(), Json, cancellationToken);
                }

                foreach (var file in export.Files)
                {
                    var entryName = $"files/{area.Name}/{file.Name}";
                    await using var content = await files.OpenReadAsync(file.FileKey, cancellationToken);
                    if (content is null)
                    {
                        missing.Add(entryName);
                        continue;
                    }

                    // Images are compressed already; storing them as they are keeps the export fast.
                    await using var entry = zip.CreateEntry(entryName, CompressionLevel.NoCompression).Open();
                    await content.CopyToAsync(entry, cancellationToken);
                }

                included.Add(area);
            }

            var readme = ExportReadme.Write(request, tenant.Tenant, included, missing, clock.GetUtcNow());
            await using var readmeEntry = zip.CreateEntry(ReadmeName).Open();
            await readmeEntry.WriteAsync(Encoding.UTF8.GetBytes(readme), cancellationToken);
        }

        buffer.Position = 0;
        return await files.SaveAsync(StoreArea, buffer, "application/zip", ".zip", cancellationToken);
    }
}
