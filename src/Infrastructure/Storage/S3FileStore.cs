using System.Net;
using System.Text.RegularExpressions;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Storage;

/// <summary>
/// Files in the current tenant's own S3 bucket under <c>{area}/{yyyy}/{MM}/{guid}{ext}</c>. Keys are generated here
/// and checked on the way back in, so no caller-supplied name ever becomes an object key.
/// </summary>
public sealed partial class S3FileStore(IAmazonS3 s3, IOptions<S3FileStoreOptions> options, ITenantContext tenant, TimeProvider clock) : IFileStore
{
    private const string Service = "S3";

    /// <summary>A client for the configured endpoint; thread-safe and meant to live as long as the application.</summary>
    public static AmazonS3Client CreateClient(S3FileStoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Plain signed PUTs: no aws-chunked trailers, which S3-compatible servers do not all understand.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }

        return string.IsNullOrEmpty(options.AccessKeyId)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), config);
    }

    public async Task<StoredFile> SaveAsync(string area, Stream content, string contentType, string extension, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = $"{Sanitize(area)}/{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}{Sanitize(extension)}";
        var size = content.CanSeek
            ? content.Length - content.Position
            : throw new ArgumentException("The content must be seekable.", nameof(content));
        await Call(() => s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = Bucket,
                Key = key,
                InputStream = content,
                AutoCloseStream = false,
                ContentType = contentType,
                // One signature over the whole (seekable) payload instead of aws-chunked signed chunks.
                UseChunkEncoding = false,
            },
            cancellationToken));
        return new StoredFile(key, contentType, size);
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            // Disposing the response stream releases the connection; the response holds nothing else.
            var response = await s3.GetObjectAsync(Bucket, Checked(key), cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (AmazonServiceException exception)
        {
            throw new ExternalServiceException(Service, "could not read a file.", exception);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        Call(() => s3.DeleteObjectAsync(Bucket, Checked(key), cancellationToken));

    private string Bucket =>
        options.Value.Buckets.TryGetValue(tenant.Tenant.Id, out var bucket) && !string.IsNullOrWhiteSpace(bucket)
            ? bucket
            : throw new InvalidOperationException(
                $"No S3 bucket is configured for tenant '{tenant.Tenant.Id}' (FileStore:S3:Buckets:{tenant.Tenant.Id}).");

    private static async Task Call<T>(Func<Task<T>> request)
    {
        try
        {
            await request();
        }
        catch (AmazonServiceException exception)
        {
            throw new ExternalServiceException(Service, "the file store refused the request.", exception);
        }
    }

    private static string Checked(string key) =>
        GeneratedKey().IsMatch(key) ? key : throw new ArgumentException("Not a key this store generated.", nameof(key));

    private static string Sanitize(string part) => new([.. part.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')]);

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}[A-Za-z0-9.\-]*$")]
    private static partial Regex GeneratedKey();
}
