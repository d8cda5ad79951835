using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using Mediator;

namespace CustomiseYou.Application.Products.AddProductImage;

/// <summary>Checks the bytes first, stores second, and removes the stored file again if the product refuses it.</summary>
public sealed class AddProductImageHandler(ProductAccess access, IFileStore files, TimeProvider clock)
    : ICommandHandler<AddProductImageCommand, Result<ProductImageDto>>
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private static readonly FileKind[] Allowed = [FileKind.Jpeg, FileKind.Png, FileKind.WebP];

    public async ValueTask<Result<ProductImageDto>> Handle(AddProductImageCommand command, CancellationToken cancellationToken)
    {
        var found = await access.ForEditAsync(command.ProductId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var inspected = await UploadInspector.InspectAsync(command.File, MaxBytes, Allowed, cancellationToken);
        if (!inspected.IsSuccess)
        {
            return inspected.Error!;
        }

        var kind = inspected.Value;
        var stored = await files.SaveAsync("products", command.File.Content, kind.ContentType(), kind.Extension(), cancellationToken);
        try
        {
            var image = found.Value.AddImage(Guid.CreateVersion7(), stored.Key, kind, clock.GetUtcNow());
            return new ProductImageDto(image.Id, ProductDto.ImageUrl(command.ProductId, image.Id), image.Position);
        }
        catch (DomainException)
        {
            await files.DeleteAsync(stored.Key, cancellationToken);
            throw;
        }
    }
}
