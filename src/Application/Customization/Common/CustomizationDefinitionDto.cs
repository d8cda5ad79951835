using CustomiseYou.Application.Common.Models;

namespace CustomiseYou.Application.Customization.Common;

/// <summary>
/// The seller's schema as sent and as stored (JSON). One flat option shape with a <c>type</c>
/// (text, choice, colour, number, image, date); fields that do not apply to a type are left out.
/// </summary>
public sealed record CustomizationDefinitionDto(
    IReadOnlyList<OptionDto>? Options, PreviewTemplateDto? PreviewTemplate = null, MoneyDto? MaxUnitSurcharge = null);

public sealed record OptionDto
{
    public string? Key { get; init; }

    public string? Type { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public bool Required { get; init; }

    public int DisplayOrder { get; init; }

    public ConditionDto? Condition { get; init; }

    public PricingDto? Pricing { get; init; }

    // text
    public bool? Multiline { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public int? MaxLines { get; init; }

    public string? AllowedCharacters { get; init; }

    public string? AllowedPattern { get; init; }

    public IReadOnlyList<string>? Fonts { get; init; }

    public IReadOnlyList<string>? ForbiddenWords { get; init; }

    // choice
    public IReadOnlyList<ChoiceDto>? Choices { get; init; }

    public bool? Multiple { get; init; }

    public int? MinPicks { get; init; }

    public int? MaxPicks { get; init; }

    // colour
    public IReadOnlyList<PaletteColourDto>? Palette { get; init; }

    public bool? AllowCustomHex { get; init; }

    // number
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public decimal? Step { get; init; }

    public string? Unit { get; init; }

    // image
    public long? MaxBytes { get; init; }

    public int? MinWidth { get; init; }

    public int? MinHeight { get; init; }

    public IReadOnlyList<string>? AllowedKinds { get; init; }

    // date
    public int? MinDaysFromToday { get; init; }

    public int? MaxDaysFromToday { get; init; }
}

public sealed record ConditionDto(string? DependsOn, IReadOnlyList<string>? Values);

public sealed record ChoiceDto(
    string? Value,
    IReadOnlyDictionary<string, string>? Labels,
    MoneyDto? PriceAdjustment = null,
    int LeadTimeDays = 0,
    string? ImageReference = null);

public sealed record PaletteColourDto(string? Name, string? Hex);

/// <summary>
/// Rules: <c>fixed</c> {amount}, <c>percentOfBase</c> {percent}, <c>perCharacter</c> {amount}, <c>perUnit</c> {amount},
/// <c>tiers</c> {tiers}.
/// </summary>
public sealed record PricingDto(IReadOnlyList<PriceRuleDto>? Rules, MoneyDto? Minimum = null, MoneyDto? Maximum = null);

public sealed record PriceRuleDto(string? Type, MoneyDto? Amount = null, decimal? Percent = null, IReadOnlyList<TierDto>? Tiers = null);

public sealed record TierDto(int MinQuantity, MoneyDto? Amount);

public sealed record PreviewTemplateDto(string? BaseImage, int Width, int Height, IReadOnlyList<PreviewZoneDto>? Zones);

public sealed record PreviewZoneDto(
    string? Name, string? OptionKey, decimal X, decimal Y, decimal Width, decimal Height, decimal Rotation = 0,
    string? DefaultFont = null, string? DefaultColour = null, string? ColourOptionKey = null);
