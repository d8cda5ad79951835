using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Sellers.UploadKycDocument;

/// <summary>
/// Inspects the upload, stores it under a generated key, then asks the seller to accept it. When the seller refuses
/// (KYC under review or decided, too many documents) the stored file is deleted again: a refused upload leaves nothing behind.
/// </summary>
public sealed class UploadKycDocumentHandler(ISellerRepository sellers, IFileStore files, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UploadKycDocumentCommand, Result<KycDocumentDto>>
{
    private static readonly FileKind[] Allowed = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png];

    public async ValueTask<Result<KycDocumentDto>> Handle(UploadKycDocumentCommand command, CancellationToken cancellationToken)
    {
        var seller = await sellers.GetByIdAsync(command.SellerId, cancellationToken);
        if (seller is null)
        {
            return SellerErrors.NotFound(command.SellerId);
        }

        if (seller.OwnerUserId != currentUser.RequiredUserId)
        {
            return SellerErrors.NotOwner;
        }

        var file = command.File!;
        var inspected = await UploadInspector.InspectAsync(file, UploadKycDocumentCommand.MaxBytes, Allowed, cancellationToken);
        if (!inspected.IsSuccess)
        {
            return inspected.Error!;
        }

        SellerRules.TryParseKind(command.Kind, out var kind);
        var fileKind = inspected.Value;
        var stored = await files.SaveAsync(
            UploadKycDocumentCommand.StoreArea, file.Content, fileKind.ContentType(), fileKind.Extension(), cancellationToken);
        try
        {
            return seller.AddDocument(Guid.CreateVersion7(), kind, stored.Key, fileKind, stored.SizeBytes, clock.GetUtcNow()).ToDto();
        }
        catch
        {
            // Not the request's token: a cancelled request must still clean up after itself.
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }
    }
}
