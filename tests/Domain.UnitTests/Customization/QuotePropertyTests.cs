using System.Globalization;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Pricing;
using CustomiseYou.Domain.Customization.Selections;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

/// <summary>
/// Seeded random schemas and selections (fractional prices, discounts, caps, bounds, tiers, conditions, currencies
/// with 0, 2 and 3 minor digits): the breakdown must always add up to a non-negative, correctly rounded unit price.
/// </summary>
public class QuotePropertyTests
{
    private static readonly string[] Currencies = ["INR", "EUR", "JPY", "BHD"];

    private static readonly string[] Texts =
    [
        "Asha", "नमस्ते दुनिया", "👍🏽 👨‍👩‍👧‍👦",
        "Happy 30th!", "क्षत्रिय", "a b c d e f",
    ];

    private static readonly Func<string, UploadedImage?> Uploads = _ => new UploadedImage(ImageKind.Png, 1_000, 2000, 2000);

    [Fact]
    public void Breakdowns_always_sum_exactly_to_a_non_negative_correctly_rounded_unit_price()
    {
        var random = new Random(20250601);
        var floorsSeen = 0;
        var capsSeen = 0;
        for (var run = 0; run < 500; run++)
        {
            var currency = Currencies[random.Next(Currencies.Length)];
            var digits = Currency.DigitsOf(currency);
            var schema = RandomSchema(random, currency);
            var selection = RandomSelection(random, schema);
            var basePrice = Money.Of(Amount(random, 0m, 2000m), currency);
            var quantity = random.Next(1, 120);

            var result = schema.Quote(basePrice, quantity, selection, Today, Uploads);

            result.IsSuccess.ShouldBeTrue($"run {run}: {result.Error?.Message} {string.Join("; ", result.Error?.Details.Keys ?? [])}");
            var quote = result.Value;
            var context =
                $"run {run} ({currency}): {string.Join(", ", quote.Breakdown.Select(line => $"{line.Label} {line.Amount}"))} = {quote.UnitPrice}";
            quote.Breakdown.Sum(line => line.Amount.Amount).ShouldBe(quote.UnitPrice.Amount, context);
            quote.UnitPrice.Amount.ShouldBeGreaterThanOrEqualTo(0m, context);
            decimal.Round(quote.UnitPrice.Amount, digits).ShouldBe(quote.UnitPrice.Amount, context);
            quote.Breakdown.ShouldAllBe(line => decimal.Round(line.Amount.Amount, digits) == line.Amount.Amount && line.Amount.Currency == currency);
            quote.Breakdown[0].Kind.ShouldBe(PriceLineKind.BasePrice);
            quote.Total.ShouldBe(quote.UnitPrice * quantity);
            floorsSeen += quote.Breakdown.Count(line => line.Kind == PriceLineKind.PriceFloor);
            capsSeen += quote.Breakdown.Count(line => line.Kind == PriceLineKind.SurchargeCap);
        }

        floorsSeen.ShouldBeGreaterThan(0, "the generator should also reach the zero floor");
        capsSeen.ShouldBeGreaterThan(0, "the generator should also reach the product cap");
    }

    private static CustomizationSchema RandomSchema(Random random, string currency)
    {
        var options = new List<OptionDefinition>();
        var count = random.Next(1, 7);
        for (var i = 0; i < count; i++)
        {
            var option = RandomOption(random, currency, $"opt_{i}") with
            {
                DisplayOrder = random.Next(0, 3),
                Required = random.Next(4) == 0,
            };
            if (i > 0 && random.Next(3) == 0 && RandomCondition(random, options[random.Next(i)]) is { } condition)
            {
                option = option with { Condition = condition };
            }

            options.Add(option with { Pricing = RandomPricing(random, currency, option) });
        }

        var cap = random.Next(4) == 0 ? Money.Of(Amount(random, 0m, 300m), currency) : null;
        var result = CustomizationSchema.Create(currency, options, maxUnitSurcharge: cap);
        result.IsSuccess.ShouldBeTrue(
            string.Join("; ", result.Error?.Details.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}") ?? []));
        return result.Value;
    }

    private static OptionDefinition RandomOption(Random random, string currency, string key) => random.Next(6) switch
    {
        0 => new TextOption { Key = key, Labels = En(key), MaxLength = 50 },
        1 => new ChoiceOption
        {
            Key = key,
            Labels = En(key),
            Multiple = random.Next(2) == 0,
            Choices = [.. Enumerable.Range(0, random.Next(1, 5)).Select(c => new ChoiceItem
            {
                Value = $"c{c}",
                Labels = En($"choice {c}"),
                PriceAdjustment = random.Next(3) == 0 ? null : Money.Of(Amount(random, -400m, 300m), currency),
                LeadTimeDays = random.Next(0, 10),
            })],
        },
        2 => new NumberOption { Key = key, Labels = En(key), Min = 1m, Max = 100m, Step = 0.25m, Unit = "cm" },
        3 => new ColourOption { Key = key, Labels = En(key), AllowCustomHex = true },
        4 => new DateOption { Key = key, Labels = En(key), MinDaysFromToday = 0, MaxDaysFromToday = 60 },
        _ => new ImageOption { Key = key, Labels = En(key) },
    };

    private static OptionCondition? RandomCondition(Random random, OptionDefinition dependency) => dependency switch
    {
        ChoiceOption choice => new OptionCondition { DependsOn = choice.Key, Values = [choice.Choices[random.Next(choice.Choices.Count)].Value] },
        NumberOption number => new OptionCondition { DependsOn = number.Key, Values = ["1", "25.5", "50"] },
        _ => null,
    };

    private static OptionPricing RandomPricing(Random random, string currency, OptionDefinition option)
    {
        var rules = new List<PriceRule>();
        for (var r = random.Next(0, 4); r > 0; r--)
        {
            rules.Add((random.Next(5), option) switch
            {
                (0, TextOption) => new PerCharacter(Money.Of(Amount(random, 0m, 20m), currency)),
                (0, NumberOption) => new PerUnit(Money.Of(Amount(random, 0m, 20m), currency)),
                (1, _) => new PercentOfBasePrice(Amount(random, 0m, 40m)),
                (2, _) => new QuantityTiers([
                    new QuantityTier(1, Money.Of(Amount(random, 0m, 100m), currency)),
                    new QuantityTier(10, Money.Of(Amount(random, 0m, 80m), currency)),
                    new QuantityTier(50, Money.Of(Amount(random, 0m, 60m), currency)),
                ]),
                _ => new FixedAdjustment(Money.Of(Amount(random, -500m, 200m), currency)),
            });
        }

        var minimum = random.Next(5) == 0 ? Money.Of(Amount(random, 0m, 50m), currency) : null;
        var maximum = random.Next(5) == 0 ? Money.Of(Amount(random, 50m, 150m), currency) : null;
        return new OptionPricing { Rules = rules, Minimum = minimum, Maximum = maximum };
    }

    private static Dictionary<string, SelectionValue> RandomSelection(Random random, CustomizationSchema schema)
    {
        var selection = new Dictionary<string, SelectionValue>();
        foreach (var option in schema.Options.Where(option => option.Required || random.Next(5) > 0))
        {
            selection[option.Key] = option switch
            {
                TextOption => SelectionValue.OfText(Texts[random.Next(Texts.Length)]),
                ChoiceOption { Multiple: true } choice => SelectionValue.OfList(
                    choice.Choices.Where(_ => random.Next(2) == 0).Select(c => c.Value).DefaultIfEmpty(choice.Choices[0].Value).Reverse()),
                ChoiceOption choice => SelectionValue.OfText(choice.Choices[random.Next(choice.Choices.Count)].Value),
                NumberOption => SelectionValue.OfNumber(1m + (random.Next(0, 397) * 0.25m)),
                ColourOption => SelectionValue.OfText(string.Create(CultureInfo.InvariantCulture, $"#{random.Next(0x1000000):x6}")),
                DateOption => SelectionValue.OfText(Today.AddDays(random.Next(0, 61)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ => SelectionValue.OfText("upload-1"),
            };
        }

        return selection;
    }

    /// <summary>An amount with 0 to 4 decimals, so lines often fall between minor units.</summary>
    private static decimal Amount(Random random, decimal min, decimal max) =>
        decimal.Round(min + ((max - min) * (decimal)random.NextDouble()), random.Next(0, 5));
}
