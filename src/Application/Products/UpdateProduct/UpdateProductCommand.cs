using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.UpdateProduct;

[Authorize]
[ApiScope(ApiScopes.ProductsWrite)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateProductCommand(
    Guid Id, string? Title, string? Description, Guid? CategoryId, MoneyDto? BasePrice, IReadOnlyList<string>? Tags)
    : ICommand<Result<ProductDto>>;
