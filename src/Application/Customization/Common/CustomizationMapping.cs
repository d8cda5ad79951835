using CustomiseYou.Application.Common.Models;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Preview;
using CustomiseYou.Domain.Customization.Pricing;

namespace CustomiseYou.Application.Customization.Common;

/// <summary>
/// Turns the seller's definition into a domain schema. Shape problems the domain cannot see (an unknown type, a
/// missing field, a price in another currency) are reported with the same field paths as the domain's own checks.
/// </summary>
public static class CustomizationMapping
{
    public static Result<CustomizationSchema> ToSchema(CustomizationDefinitionDto definition, string currency)
    {
        var errors = new Dictionary<string, List<string>>();
        var options = new List<OptionDefinition>();
        var given = definition.Options ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            if (ToOption(given[i], $"options[{i}]", currency, errors) is { } option)
            {
                options.Add(option);
            }
        }

        var cap = ToMoney(definition.MaxUnitSurcharge, "maxUnitSurcharge", currency, errors);
        var preview = definition.PreviewTemplate is { } template ? ToPreview(template) : null;
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        return CustomizationSchema.Create(currency, options, preview, cap);
    }

    private static OptionDefinition? ToOption(OptionDto dto, string path, string currency, Dictionary<string, List<string>> errors)
    {
        var pricing = ToPricing(dto.Pricing, $"{path}.pricing", currency, errors);
        var labels = dto.Labels ?? new Dictionary<string, string>();
        var key = dto.Key ?? string.Empty;
        var condition = dto.Condition is { } c ? new OptionCondition { DependsOn = c.DependsOn ?? string.Empty, Values = c.Values ?? [] } : null;
        OptionDefinition? option = dto.Type switch
        {
            "text" => new TextOption
            {
                Key = key,
                Labels = labels,
                Multiline = dto.Multiline ?? false,
                MinLength = dto.MinLength ?? 0,
                MaxLength = dto.MaxLength ?? 100,
                MaxLines = dto.MaxLines,
                AllowedCharacters = ParseEnum(dto.AllowedCharacters, CharacterSet.Any, $"{path}.allowedCharacters", errors),
                AllowedPattern = dto.AllowedPattern,
                Fonts = dto.Fonts ?? [],
                ForbiddenWords = dto.ForbiddenWords ?? [],
            },
            "choice" => new ChoiceOption
            {
                Key = key,
                Labels = labels,
                Multiple = dto.Multiple ?? false,
                MinPicks = dto.MinPicks ?? 0,
                MaxPicks = dto.MaxPicks,
                Choices = [.. (dto.Choices ?? []).Select((choice, j) => new ChoiceItem
                {
                    Value = choice.Value ?? string.Empty,
                    Labels = choice.Labels ?? new Dictionary<string, string>(),
                    PriceAdjustment = ToMoney(choice.PriceAdjustment, $"{path}.choices[{j}].priceAdjustment", currency, errors),
                    LeadTimeDays = choice.LeadTimeDays,
                    ImageReference = choice.ImageReference,
                })],
            },
            "colour" => new ColourOption
            {
                Key = key,
                Labels = labels,
                AllowCustomHex = dto.AllowCustomHex ?? false,
                Palette = [.. (dto.Palette ?? []).Select(p => new PaletteColour(p.Name ?? string.Empty, p.Hex ?? string.Empty))],
            },
            "number" => new NumberOption
            {
                Key = key,
                Labels = labels,
                Min = dto.Min ?? 0m,
                Max = dto.Max ?? 0m,
                Step = dto.Step ?? 1m,
                Unit = dto.Unit ?? string.Empty,
            },
            "image" => new ImageOption
            {
                Key = key,
                Labels = labels,
                MaxBytes = dto.MaxBytes ?? 10 * 1024 * 1024,
                MinWidth = dto.MinWidth ?? 0,
                MinHeight = dto.MinHeight ?? 0,
                AllowedKinds = dto.AllowedKinds is null
                    ? [ImageKind.Jpeg, ImageKind.Png]
                    : [.. dto.AllowedKinds.Select((kind, j) => ParseEnum(kind, ImageKind.Jpeg, $"{path}.allowedKinds[{j}]", errors))],
            },
            "date" => new DateOption
            {
                Key = key,
                Labels = labels,
                MinDaysFromToday = dto.MinDaysFromToday ?? 0,
                MaxDaysFromToday = dto.MaxDaysFromToday ?? 365,
            },
            _ => null,
        };
        if (option is null)
        {
            Add(errors, $"{path}.type", "Must be one of: text, choice, colour, number, image, date.");
            return null;
        }

        return option with { Required = dto.Required, DisplayOrder = dto.DisplayOrder, Condition = condition, Pricing = pricing };
    }

    private static OptionPricing ToPricing(PricingDto? dto, string path, string currency, Dictionary<string, List<string>> errors)
    {
        if (dto is null)
        {
            return OptionPricing.None;
        }

        var rules = new List<PriceRule>();
        var given = dto.Rules ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var rulePath = $"{path}.rules[{i}]";
            var rule = given[i];
            PriceRule? mapped = rule.Type switch
            {
                "fixed" => Required(ToMoney(rule.Amount, $"{rulePath}.amount", currency, errors), $"{rulePath}.amount", errors) is { } m
                    ? new FixedAdjustment(m)
                    : null,
                "percentOfBase" => rule.Percent is { } percent ? new PercentOfBasePrice(percent) : Missing($"{rulePath}.percent", errors),
                "perCharacter" => Required(ToMoney(rule.Amount, $"{rulePath}.amount", currency, errors), $"{rulePath}.amount", errors) is { } pc
                    ? new PerCharacter(pc)
                    : null,
                "perUnit" => Required(ToMoney(rule.Amount, $"{rulePath}.amount", currency, errors), $"{rulePath}.amount", errors) is { } pu
                    ? new PerUnit(pu)
                    : null,
                "tiers" => new QuantityTiers((rule.Tiers ?? []).Select((tier, j) =>
                    new QuantityTier(
                        tier.MinQuantity, ToMoney(tier.Amount, $"{rulePath}.tiers[{j}].amount", currency, errors) ?? Money.Zero(currency)))),
                _ => Unknown($"{rulePath}.type", errors),
            };
            if (mapped is not null)
            {
                rules.Add(mapped);
            }
        }

        return new OptionPricing
        {
            Rules = rules,
            Minimum = ToMoney(dto.Minimum, $"{path}.minimum", currency, errors),
            Maximum = ToMoney(dto.Maximum, $"{path}.maximum", currency, errors),
        };
    }

    private static PreviewTemplate ToPreview(PreviewTemplateDto dto) => new()
    {
        BaseImage = dto.BaseImage ?? string.Empty,
        Width = dto.Width,
        Height = dto.Height,
        Zones = [.. (dto.Zones ?? []).Select(zone => new PreviewZone
        {
            Name = zone.Name ?? string.Empty,
            OptionKey = zone.OptionKey ?? string.Empty,
            X = zone.X,
            Y = zone.Y,
            Width = zone.Width,
            Height = zone.Height,
            Rotation = zone.Rotation,
            DefaultFont = zone.DefaultFont ?? "serif",
            DefaultColour = zone.DefaultColour ?? "#000000",
            ColourOptionKey = zone.ColourOptionKey,
        })],
    };

    private static Money? ToMoney(MoneyDto? dto, string path, string currency, Dictionary<string, List<string>> errors)
    {
        if (dto is null)
        {
            return null;
        }

        if (dto.Currency != currency)
        {
            Add(errors, $"{path}.currency", $"Must be {currency}, the currency of this region.");
            return null;
        }

        return Money.Of(dto.Amount, currency);
    }

    private static T ParseEnum<T>(string? value, T fallback, string path, Dictionary<string, List<string>> errors)
        where T : struct, Enum
    {
        if (value is null)
        {
            return fallback;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        Add(errors, path, $"Must be one of: {string.Join(", ", Enum.GetNames<T>())}.");
        return fallback;
    }

    private static Money? Required(Money? money, string path, Dictionary<string, List<string>> errors)
    {
        if (money is null && !errors.ContainsKey(path) && !errors.ContainsKey(path + ".currency"))
        {
            Add(errors, path, "Is required for this rule.");
        }

        return money;
    }

    private static PriceRule? Missing(string path, Dictionary<string, List<string>> errors)
    {
        Add(errors, path, "Is required for this rule.");
        return null;
    }

    private static PriceRule? Unknown(string path, Dictionary<string, List<string>> errors)
    {
        Add(errors, path, "Must be one of: fixed, percentOfBase, perCharacter, perUnit, tiers.");
        return null;
    }

    private static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var messages))
        {
            errors[path] = messages = [];
        }

        messages.Add(message);
    }

    private static Error Invalid(Dictionary<string, List<string>> errors) =>
        new("customization.schema_invalid", "The customisation schema has errors.", ErrorType.Validation)
        {
            Details = errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        };
}
