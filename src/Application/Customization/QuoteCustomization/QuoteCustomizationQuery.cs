using System.Text.Json;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.QuoteCustomization;

/// <summary>Validates and prices a selection on the latest version; 422 lists every invalid option at once.</summary>
[PublishableKeyAllowed]
public sealed record QuoteCustomizationQuery(Guid ProductId, int Quantity, IReadOnlyDictionary<string, JsonElement>? Selections, string? Locale)
    : IQuery<Result<QuoteDto>>;
