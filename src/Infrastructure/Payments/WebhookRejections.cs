using System.Globalization;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Payments;

/// <summary>How a provider's webhooks are signed, in words for a refusal.</summary>
/// <param name="Format">The header's expected shape, e.g. <c>t=&lt;unix time&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>.</param>
/// <param name="Secret">Which secret the signature is checked against (the setting, never its value).</param>
/// <param name="Hint">Offline development only: how to sign and send an event that verifies.</param>
public sealed record WebhookScheme(string Provider, string Header, string Format, string Secret, string? Hint = null);

/// <summary>The refusal of a webhook delivery, saying which check failed (Stripe's own SDK is as specific).</summary>
public static class WebhookRejections
{
    public static Error For(WebhookScheme scheme, WebhookSignatureCheck check, TimeSpan? tolerance = null) => check.Status switch
    {
        WebhookSignatureStatus.Missing => PaymentErrors.SignatureMissing(
            scheme.Header, WithHint($"The {scheme.Header} header is missing: {scheme.Provider} signs every event with it.", scheme)),
        WebhookSignatureStatus.Malformed => PaymentErrors.SignatureMalformed(
            scheme.Header, WithHint($"The {scheme.Header} header is not {scheme.Provider}'s format ({scheme.Format}).", scheme)),
        WebhookSignatureStatus.OutsideTolerance => PaymentErrors.TimestampOutsideTolerance(
            scheme.Header,
            WithHint(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {scheme.Header} timestamp is {Math.Abs(check.SkewSeconds ?? 0)} seconds "
                    + $"{((check.SkewSeconds ?? 0) >= 0 ? "old" : "in the future")} by this server's clock, outside the "
                    + $"{(tolerance ?? TimeSpan.Zero).TotalSeconds}-second tolerance: a replayed or stale event; sign it again."),
                scheme)),
        WebhookSignatureStatus.Mismatch => PaymentErrors.SignatureMismatch(
            scheme.Header,
            WithHint(
                $"The {scheme.Header} signature does not match this body under {scheme.Secret}: the event was signed with a "
                + "different secret, or its body changed after signing.",
                scheme)),
        _ => throw new ArgumentOutOfRangeException(nameof(check), check.Status, "A valid signature is not a refusal."),
    };

    /// <summary>A verified delivery that is not one of the provider's events.</summary>
    public static Error NotAnEvent(WebhookScheme scheme, string expected) =>
        PaymentErrors.NotAnEvent(WithHint($"The body is not a {scheme.Provider} event ({expected}).", scheme));

    private static string WithHint(string message, WebhookScheme scheme) => scheme.Hint is null ? message : $"{message} {scheme.Hint}";
}
