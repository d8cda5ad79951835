namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>A stored file: its generated key (never a user-supplied name), content type and size.</summary>
public sealed record StoredFile(string Key, string ContentType, long SizeBytes);

/// <summary>
/// Files of the current tenant (KYC documents, product images, customer artwork), kept in that tenant's own
/// store: a local folder in Development, an S3 bucket per tenant in production.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under a new generated key in <paramref name="area"/> (e.g. "kyc").</summary>
    Task<StoredFile> SaveAsync(string area, Stream content, string contentType, string extension, CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when no file has that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
