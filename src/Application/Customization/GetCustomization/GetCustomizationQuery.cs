using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.GetCustomization;

public sealed record GetCustomizationQuery(Guid ProductId, int? Version) : IQuery<Result<CustomizationVersionDto>>;
