using System.Text.Json;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.PreviewCustomization;

/// <summary>Renders the selection into the seller's preview template as a self-contained SVG.</summary>
[PublishableKeyAllowed]
public sealed record PreviewCustomizationQuery(Guid ProductId, IReadOnlyDictionary<string, JsonElement>? Selections) : IQuery<Result<string>>;
