using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.AddProductImage;

[Authorize]
[ApiScope(ApiScopes.ProductsWrite)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record AddProductImageCommand(Guid ProductId, UploadedFile File) : ICommand<Result<ProductImageDto>>;
