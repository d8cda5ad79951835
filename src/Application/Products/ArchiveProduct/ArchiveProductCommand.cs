using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.ArchiveProduct;

[Authorize]
[ApiScope(ApiScopes.ProductsWrite)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record ArchiveProductCommand(Guid Id) : ICommand<Result<ProductDto>>;
