using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.GetProductImage;

[PublishableKeyAllowed]
public sealed record GetProductImageQuery(Guid ProductId, Guid ImageId) : IQuery<Result<ProductImageContent>>;

/// <summary>The image bytes to stream; the caller disposes <see cref="Content"/>.</summary>
public sealed record ProductImageContent(Stream Content, string ContentType);
