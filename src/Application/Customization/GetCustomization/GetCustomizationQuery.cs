using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.GetCustomization;

[PublishableKeyAllowed]
public sealed record GetCustomizationQuery(Guid ProductId, int? Version) : IQuery<Result<CustomizationVersionDto>>;
