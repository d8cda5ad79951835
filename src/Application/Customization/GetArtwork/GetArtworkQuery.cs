using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.GetProductImage;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.GetArtwork;

/// <summary>An uploaded artwork, for its owner and admins only: it is the customer's personal content.</summary>
[Authorize]
public sealed record GetArtworkQuery(Guid Id) : IQuery<Result<ProductImageContent>>;
