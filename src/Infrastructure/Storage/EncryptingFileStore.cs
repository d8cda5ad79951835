using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Security;

namespace CustomiseYou.Infrastructure.Storage;

/// <summary>
/// Encrypts the files of sensitive areas (KYC documents) with the region's field-encryption key before they reach
/// the local folder or the S3 bucket, and decrypts them on the way back; other areas pass through. Reading goes by
/// the file's own header, so a document stored before encryption still opens. Files are at most a few megabytes
/// (KYC: 10 MB), so each is sealed whole in memory: one AES-GCM tag covers every byte.
/// </summary>
public sealed class EncryptingFileStore(IFileStore inner, FieldProtections protections, ITenantContext tenant) : IFileStore
{
    /// <summary>Areas whose files are encrypted: identity papers, bank statements, business registrations.</summary>
    public static readonly IReadOnlySet<string> EncryptedAreas = new HashSet<string>(StringComparer.Ordinal) { "kyc" };

    /// <summary>The store the (encrypted) bytes go to.</summary>
    public IFileStore Inner => inner;

    public async Task<StoredFile> SaveAsync(string area, Stream content, string contentType, string extension, CancellationToken cancellationToken)
    {
        if (!EncryptedAreas.Contains(area))
        {
            return await inner.SaveAsync(area, content, contentType, extension, cancellationToken);
        }

        using var plaintext = new MemoryStream();
        await content.CopyToAsync(plaintext, cancellationToken);
        using var sealedContent = new MemoryStream(Cipher.Encrypt(plaintext.GetBuffer().AsSpan(0, (int)plaintext.Length)));
        var stored = await inner.SaveAsync(area, sealedContent, contentType, extension, cancellationToken);
        // Callers see the document's own size, not the envelope's.
        return stored with { SizeBytes = plaintext.Length };
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var stream = await inner.OpenReadAsync(key, cancellationToken);
        if (stream is null || !EncryptedAreas.Contains(AreaOf(key)))
        {
            return stream;
        }

        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            return new MemoryStream(FieldCipher.IsEnvelope(bytes) ? Cipher.Decrypt(bytes) : bytes.ToArray(), writable: false);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    private FieldCipher Cipher => protections.For(tenant.Tenant.Id).Cipher;

    private static string AreaOf(string key) => key.Split('/', 2)[0];
}
