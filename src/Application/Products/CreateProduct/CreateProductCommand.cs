using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.CreateProduct;

[Authorize]
[ApiScope(ApiScopes.ProductsWrite)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record CreateProductCommand(
    string Title, string Description, Guid CategoryId, MoneyDto BasePrice, string Sku, int Stock, IReadOnlyList<string>? Tags)
    : ICommand<Result<ProductDto>>;
