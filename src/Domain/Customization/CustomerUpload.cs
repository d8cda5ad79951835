using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Images;

namespace CustomiseYou.Domain.Customization;

/// <summary>Artwork a customer uploaded for an image option; its size and format were read from the file itself.</summary>
public sealed class CustomerUpload : AggregateRoot<Guid>
{
    private CustomerUpload(Guid id, Guid ownerUserId, string fileKey, ImageKind kind, long bytes, int width, int height, DateTimeOffset createdAt)
        : base(id)
    {
        OwnerUserId = ownerUserId;
        FileKey = fileKey;
        Kind = kind;
        Bytes = bytes;
        Width = width;
        Height = height;
        CreatedAt = createdAt;
    }

    public Guid OwnerUserId { get; private set; }

    [NotPersonalData("a generated storage key; the artwork it names is exported and erased with the upload")]
    public string FileKey { get; private set; }

    public ImageKind Kind { get; private set; }

    public long Bytes { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static CustomerUpload Create(Guid id, Guid ownerUserId, string fileKey, ImageInfo info, long bytes, DateTimeOffset now) =>
        new(id, ownerUserId, fileKey, info.Kind, bytes, info.Width, info.Height, now);

    public UploadedImage ToUploadedImage() => new(Kind, Bytes, Width, Height);
}

public interface ICustomerUploadRepository
{
    Task<CustomerUpload?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<CustomerUpload>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    void Add(CustomerUpload upload);
}
