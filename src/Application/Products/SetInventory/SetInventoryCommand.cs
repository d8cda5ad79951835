using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Products.SetInventory;

[Authorize]
[ApiScope(ApiScopes.ProductsWrite)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record SetInventoryCommand(Guid Id, int Stock) : ICommand<Result<ProductDto>>;
