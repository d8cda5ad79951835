namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>Why a breakdown line exists, so clients can translate or style it without parsing the label.</summary>
public enum PriceLineKind
{
    BasePrice,
    Choice,
    Rule,
    OptionMinimum,
    OptionMaximum,
    SurchargeCap,
    PriceFloor,
}
