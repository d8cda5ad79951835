using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;

namespace CustomiseYou.Domain.Sellers;

/// <summary>An uploaded KYC document; the file itself lives in the file store under <see cref="FileKey"/>.</summary>
public sealed class KycDocument : Entity<Guid>
{
    internal KycDocument(Guid id, KycDocumentKind kind, string fileKey, FileKind fileKind, long sizeBytes, DateTimeOffset uploadedAt) : base(id)
    {
        Kind = kind;
        FileKey = fileKey;
        FileKind = fileKind;
        SizeBytes = sizeBytes;
        UploadedAt = uploadedAt;
    }

    public KycDocumentKind Kind { get; private set; }

    [NotPersonalData("a generated storage key; the file it names is erased with the seller")]
    public string FileKey { get; private set; }

    public FileKind FileKind { get; private set; }

    public long SizeBytes { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>One step of the KYC review trail: who did what, when, and why.</summary>
public sealed record KycDecision(
    KycStatus Status, Guid ActorId, DateTimeOffset At, [property: PersonalData(PersonalDataCategory.Content)] string? Reason);
