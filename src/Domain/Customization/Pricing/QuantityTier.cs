using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>From <see cref="MinQuantity"/> units upwards (inclusive) each unit costs <see cref="Amount"/> more.</summary>
public sealed record QuantityTier(int MinQuantity, Money Amount);
