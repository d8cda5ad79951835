using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>An export or erasure as its requester and compliance officers see it; <see cref="DownloadUrl"/> only while Ready.</summary>
public sealed record PrivacyRequestDto(
    Guid Id,
    PrivacyRequestKind Kind,
    Guid SubjectUserId,
    PrivacyRequestStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset DueBy,
    PrivacyActorRole RequestedByRole,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt,
    long? SizeBytes,
    string? DownloadUrl,
    IReadOnlyList<string> Blockers)
{
    /// <summary>The view at <paramref name="now"/>; <paramref name="viaCompliance"/> picks the download route.</summary>
    public static PrivacyRequestDto From(PrivacyRequest request, DateTimeOffset now, bool viaCompliance)
    {
        var status = request.StatusAt(now);
        var url = status == PrivacyRequestStatus.Ready
            ? viaCompliance ? $"/api/v1/compliance/exports/{request.Id}/download" : $"/api/v1/privacy/exports/{request.Id}/download"
            : null;
        return new PrivacyRequestDto(
            request.Id, request.Kind, request.SubjectUserId, status, request.RequestedAt, request.DueBy, request.RequestedByRole,
            request.CompletedAt, request.ExpiresAt, request.SizeBytes, url, [.. request.Blockers]);
    }
}

/// <summary>A ready export's ZIP, opened for streaming to the caller.</summary>
public sealed record ExportDownload(Stream Content, string FileName);
