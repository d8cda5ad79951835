namespace CustomiseYou.Infrastructure.Payments;

/// <summary>What a webhook signature check found, so a refusal can say why.</summary>
public enum WebhookSignatureStatus
{
    Valid,

    /// <summary>The signature header is not there (or empty).</summary>
    Missing,

    /// <summary>The header is there but not in the provider's format.</summary>
    Malformed,

    /// <summary>Signed too long ago (or in the future) for the tolerance.</summary>
    OutsideTolerance,

    /// <summary>Well-formed, but not made with our secret over this body.</summary>
    Mismatch,
}

/// <param name="SkewSeconds">How far the signed timestamp is from our clock, when the scheme has one.</param>
public readonly record struct WebhookSignatureCheck(WebhookSignatureStatus Status, long? SkewSeconds = null)
{
    public bool IsValid => Status == WebhookSignatureStatus.Valid;
}
