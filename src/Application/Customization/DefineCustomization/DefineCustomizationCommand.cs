using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.DefineCustomization;

/// <summary>Replaces the product's customisation with a new immutable version (owner or admin).</summary>
[Authorize]
[ApiScope(ApiScopes.ProductsWrite)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record DefineCustomizationCommand(Guid ProductId, CustomizationDefinitionDto Definition) : ICommand<Result<CustomizationVersionDto>>;
