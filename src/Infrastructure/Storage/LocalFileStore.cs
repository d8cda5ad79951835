using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Storage;

/// <summary>
/// Files on local disk under <c>{root}/{tenant}/{area}/{yyyy}/{MM}/{guid}{ext}</c>. Keys are generated here and
/// checked on the way back in, so no caller-supplied path can leave the tenant's folder.
/// </summary>
internal sealed class LocalFileStore(IOptions<FileStoreOptions> options, ITenantContext tenant, TimeProvider clock) : IFileStore
{
    public async Task<StoredFile> SaveAsync(string area, Stream content, string contentType, string extension, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = $"{Sanitize(area)}/{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}{Sanitize(extension)}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        return new StoredFile(key, contentType, new FileInfo(path).Length);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(
            File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var root = Path.GetFullPath(Path.Combine(options.Value.LocalRoot, tenant.Tenant.Id));
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The file key points outside the tenant's store.", nameof(key));
    }

    private static string Sanitize(string part) => new([.. part.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')]);
}
