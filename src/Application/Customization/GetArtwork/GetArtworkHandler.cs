using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Products.GetProductImage;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using Mediator;

namespace CustomiseYou.Application.Customization.GetArtwork;

public sealed class GetArtworkHandler(ICustomerUploadRepository uploads, IFileStore files, ICurrentUser currentUser)
    : IQueryHandler<GetArtworkQuery, Result<ProductImageContent>>
{
    public async ValueTask<Result<ProductImageContent>> Handle(GetArtworkQuery query, CancellationToken cancellationToken)
    {
        var upload = await uploads.GetByIdAsync(query.Id, cancellationToken);
        if (upload is null || (upload.OwnerUserId != currentUser.UserId && !currentUser.IsInRole(Roles.Admin)))
        {
            return CustomizationErrors.UploadNotFound(query.Id);
        }

        var content = await files.OpenReadAsync(upload.FileKey, cancellationToken);
        return content is null
            ? CustomizationErrors.UploadNotFound(query.Id)
            : new ProductImageContent(content, upload.Kind == Domain.Customization.Images.ImageKind.Png ? "image/png" : "image/jpeg");
    }
}
