using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.GetProduct;

[PublishableKeyAllowed]
public sealed record GetProductQuery(Guid Id) : IQuery<Result<ProductDto>>;
