namespace CustomiseYou.Infrastructure.Payments;

/// <summary>Bound from <c>Payments</c>: provider credentials and API bases (overridable so tests point them at local servers).</summary>
public sealed class PaymentOptions
{
    public const string SectionName = "Payments";

    /// <summary>
    /// Every published development webhook secret (appsettings.Development.json) contains this; such a secret is refused
    /// at start-up unless <see cref="Offline"/>, so a real gateway never accepts events anyone can sign.
    /// </summary>
    public const string DevelopmentSecretMarker = "dev_not_for_production";

    /// <summary>Development only: take payments as manual (admin mark-paid) instead of calling a provider without keys.</summary>
    public bool Offline { get; set; }

    public StripeOptions Stripe { get; set; } = new();

    public RazorpayOptions Razorpay { get; set; } = new();

    public PayPalOptions PayPal { get; set; } = new();

    public bool HoldsDevelopmentSecret =>
        new[] { Stripe.WebhookSecret, Razorpay.WebhookSecret, PayPal.OfflineWebhookSecret }
            .Any(s => s?.Contains(DevelopmentSecretMarker, StringComparison.Ordinal) == true);
}

public sealed class StripeOptions
{
    public string? SecretKey { get; set; }

    /// <summary>The endpoint's signing secret (<c>whsec_...</c>) for <c>Stripe-Signature</c>.</summary>
    public string? WebhookSecret { get; set; }

    public string ApiBase { get; set; } = "https://api.stripe.com";

    /// <summary>How old a signed webhook may be.</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;
}

public sealed class RazorpayOptions
{
    public string? KeyId { get; set; }

    public string? KeySecret { get; set; }

    public string? WebhookSecret { get; set; }

    public string ApiBase { get; set; } = "https://api.razorpay.com";
}

public sealed class PayPalOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The id PayPal gave our webhook; its verify-webhook-signature API needs it.</summary>
    public string? WebhookId { get; set; }

    public string ApiBase { get; set; } = "https://api-m.paypal.com";

    /// <summary>
    /// Offline development only: PayPal verifies real events itself (its verify API), which cannot be called offline, so
    /// development events are signed with this shared secret instead (<see cref="Offline.PayPalDevelopmentSignature"/>).
    /// </summary>
    public string? OfflineWebhookSecret { get; set; }
}
