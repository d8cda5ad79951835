namespace CustomiseYou.Infrastructure.Storage;

/// <summary>Bound from <c>FileStore:S3</c>; used when <c>FileStore:Provider</c> is <c>S3</c>.</summary>
public sealed class S3FileStoreOptions
{
    public const string SectionName = "FileStore:S3";

    /// <summary>One bucket per tenant id: <c>FileStore:S3:Buckets:europe = customiseyou-eu-files</c>.</summary>
    public Dictionary<string, string> Buckets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>AWS region used to pick the endpoint and to sign requests.</summary>
    public string Region { get; set; } = "eu-central-1";

    /// <summary>An S3-compatible endpoint instead of AWS's own (MinIO, a test server); empty for AWS.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary><c>{endpoint}/{bucket}/{key}</c> rather than <c>{bucket}.{endpoint}/{key}</c>; most S3-compatible servers need it.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Static credentials; leave both empty to use the SDK's default chain (environment, instance role, profile).</summary>
    public string? AccessKeyId { get; set; }

    public string? SecretAccessKey { get; set; }
}
