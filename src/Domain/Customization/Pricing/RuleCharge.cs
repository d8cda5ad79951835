namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>An exact, unrounded amount and the few words that explain it in the breakdown ("12 characters × 5 INR").</summary>
internal readonly record struct RuleCharge(decimal Amount, string Detail);
