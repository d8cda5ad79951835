namespace CustomiseYou.Infrastructure.Storage;

/// <summary>Bound from <c>FileStore</c>.</summary>
public sealed class FileStoreOptions
{
    public const string SectionName = "FileStore";

    public FileStoreProvider Provider { get; set; } = FileStoreProvider.Local;

    /// <summary>Root folder of the local store; each tenant gets its own sub-folder.</summary>
    public string LocalRoot { get; set; } = "data/files";
}

public enum FileStoreProvider
{
    Local,
    S3,
}
