using CustomiseYou.Application.Common.Models;

namespace CustomiseYou.Application.Customization.Common;

public sealed record CustomizationVersionDto(Guid ProductId, int Version, DateTimeOffset CreatedAt, CustomizationDefinitionDto Definition);

public sealed record PriceLineDto(string Label, MoneyDto Amount, string Kind, string? OptionKey);

public sealed record QuoteDto(
    Guid ProductId, int Version, MoneyDto UnitPrice, IReadOnlyList<PriceLineDto> Breakdown, int Quantity, MoneyDto Total, int LeadTimeDays,
    IReadOnlyDictionary<string, object?> Selection);

public sealed record UploadDto(Guid Id, string Kind, long Bytes, int Width, int Height, string Url);

public static class CustomizationErrors
{
    public static Domain.Common.Error NotCustomizable(Guid productId) =>
        Domain.Common.Error.NotFound("customization.not_found", $"Product '{productId}' has no customisation options.");

    public static Domain.Common.Error UploadNotFound(Guid id) => Domain.Common.Error.NotFound("upload.not_found", $"Upload '{id}' does not exist.");
}
