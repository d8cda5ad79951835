using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.UploadKycDocument;

/// <summary>
/// The owner adds a KYC document: PDF, JPEG or PNG by content (magic bytes), at most 10 MB.
/// <see cref="Kind"/> is a <see cref="Domain.Sellers.KycDocumentKind"/> name, checked by the validator.
/// </summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UploadKycDocumentCommand(Guid SellerId, string? Kind, UploadedFile? File) : ICommand<Result<KycDocumentDto>>
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const string StoreArea = "kyc";
}
