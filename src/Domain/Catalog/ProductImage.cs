using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;

namespace CustomiseYou.Domain.Catalog;

public sealed class ProductImage : Entity<Guid>
{
    internal ProductImage(Guid id, string fileKey, FileKind kind, int position) : base(id)
    {
        FileKey = fileKey;
        Kind = kind;
        Position = position;
    }

    [NotPersonalData("a generated storage key of a published product photo")]
    public string FileKey { get; private set; }

    public FileKind Kind { get; private set; }

    public int Position { get; internal set; }
}
