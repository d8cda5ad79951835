namespace CustomiseYou.Infrastructure.Tenancy;

/// <summary>Which Google and Apple apps may sign people in to this region; a provider without client ids is off.</summary>
public sealed record ExternalSignInSettings
{
    public ExternalProviderSettings Google { get; init; } = new()
    {
        JwksUri = "https://www.googleapis.com/oauth2/v3/certs",
        Issuers = ["https://accounts.google.com", "accounts.google.com"],
    };

    public ExternalProviderSettings Apple { get; init; } = new()
    {
        JwksUri = "https://appleid.apple.com/auth/keys",
        Issuers = ["https://appleid.apple.com"],
    };
}

public sealed record ExternalProviderSettings
{
    /// <summary>Accepted audiences: the OAuth client ids of this region's apps.</summary>
    public IReadOnlyList<string> ClientIds { get; init; } = [];

    public required string JwksUri { get; init; }

    public IReadOnlyList<string> Issuers { get; init; } = [];
}
