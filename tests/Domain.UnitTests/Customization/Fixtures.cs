using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Preview;
using CustomiseYou.Domain.Customization.Pricing;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.UnitTests.Customization;

/// <summary>Small builders so each test shows only what it is about.</summary>
internal static class Fixtures
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static readonly Func<string, UploadedImage?> NoUploads = _ => null;

    public static Dictionary<string, string> En(string text) => new() { ["en"] = text };

    public static Money Inr(decimal amount) => Money.Of(amount, "INR");

    public static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    public static SelectionValue Text(string text, string? font = null) => SelectionValue.OfText(text, font);

    public static SelectionValue Number(decimal number) => SelectionValue.OfNumber(number);

    public static SelectionValue Picks(params string[] items) => SelectionValue.OfList(items);

    public static Dictionary<string, SelectionValue> Selection(params (string Key, SelectionValue Value)[] answers) =>
        answers.ToDictionary(answer => answer.Key, answer => answer.Value);

    public static CustomizationSchema Schema(params OptionDefinition[] options) => SchemaIn("INR", options);

    public static CustomizationSchema SchemaIn(string currency, params OptionDefinition[] options)
    {
        var result = CustomizationSchema.Create(currency, options);
        result.IsSuccess.ShouldBeTrue(Describe(result.Error));
        return result.Value;
    }

    public static IReadOnlyDictionary<string, string[]> AuthoringErrors(
        IEnumerable<OptionDefinition> options, string currency = "INR", PreviewTemplate? preview = null, Money? cap = null)
    {
        var result = CustomizationSchema.Create(currency, options, preview, cap);
        result.IsSuccess.ShouldBeFalse();
        result.Error!.Type.ShouldBe(ErrorType.Validation);
        return result.Error.Details;
    }

    public static IReadOnlyDictionary<string, string[]> Errors(
        CustomizationSchema schema, Dictionary<string, SelectionValue> selection, Func<string, UploadedImage?>? uploads = null) =>
        schema.Validate(selection, Today, uploads ?? NoUploads);

    public static NormalizedSelection Normalized(
        CustomizationSchema schema, Dictionary<string, SelectionValue> selection, Func<string, UploadedImage?>? uploads = null)
    {
        var result = schema.Normalize(selection, Today, uploads ?? NoUploads);
        result.IsSuccess.ShouldBeTrue(Describe(result.Error));
        return result.Value;
    }

    public static CustomizationQuote QuoteOf(
        CustomizationSchema schema, Money basePrice, Dictionary<string, SelectionValue> selection, int quantity = 1)
    {
        var result = schema.Quote(basePrice, quantity, selection, Today, NoUploads);
        result.IsSuccess.ShouldBeTrue(Describe(result.Error));
        return result.Value;
    }

    public static decimal[] Amounts(CustomizationQuote quote) => [.. quote.Breakdown.Select(line => line.Amount.Amount)];

    public static TextOption NewText(string key, int maxLength = 100) =>
        new() { Key = key, Labels = En(key), MaxLength = maxLength };

    public static NumberOption NewNumber(string key, decimal min = 1m, decimal max = 100m, decimal step = 1m) =>
        new() { Key = key, Labels = En(key), Min = min, Max = max, Step = step, Unit = "cm" };

    public static ChoiceItem Pick(string value, Money? adjustment = null, int leadTimeDays = 0) =>
        new() { Value = value, Labels = En(value), PriceAdjustment = adjustment, LeadTimeDays = leadTimeDays };

    public static ChoiceOption NewChoice(string key, params ChoiceItem[] choices) =>
        new() { Key = key, Labels = En(key), Choices = choices };

    public static OptionPricing Rules(params PriceRule[] rules) => new() { Rules = rules };

    private static string Describe(Error? error) =>
        error is null ? string.Empty : $"{error.Code}: {string.Join("; ", error.Details.Select(d => $"{d.Key} = {string.Join(" | ", d.Value)}"))}";
}
