using System.ComponentModel.DataAnnotations;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// <c>RequestLimits</c>: the largest body an operation reads. Uploads and webhooks declare their own limit on the endpoint
/// (<see cref="Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata"/>); every other operation takes <see cref="JsonBodyBytes"/>.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>JSON commands are small: the largest schema a seller defines fits well within 64 KB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long JsonBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Nesting deeper than this is refused by the binder and by the text check alike.</summary>
    [Range(8, 256)]
    public int JsonMaxDepth { get; set; } = 64;
}
