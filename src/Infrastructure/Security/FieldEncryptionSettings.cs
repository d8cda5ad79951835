namespace CustomiseYou.Infrastructure.Security;

/// <summary>Bound from <c>Tenants:&lt;id&gt;:Encryption</c>.</summary>
public sealed class FieldEncryptionSettings
{
    public const string SectionName = "Encryption";

    /// <summary>Data keys by id: base64 of 32 random bytes each (<c>openssl rand -base64 32</c>).</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The key new data is encrypted under; one of <see cref="Keys"/>.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>The HMAC-SHA256 key of the blind indexes (base64, at least 32 bytes); different from every data key.</summary>
    public string? BlindIndexKey { get; set; }
}
