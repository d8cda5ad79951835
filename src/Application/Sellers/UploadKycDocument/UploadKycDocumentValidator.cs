using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Sellers;
using FluentValidation;

namespace CustomiseYou.Application.Sellers.UploadKycDocument;

/// <summary>The form's shape only; the file's size and content are inspected by the handler before anything is stored.</summary>
public sealed class UploadKycDocumentValidator : AbstractValidator<UploadKycDocumentCommand>
{
    public UploadKycDocumentValidator()
    {
        RuleFor(c => c.SellerId).NotEmpty();
        RuleFor(c => c.Kind)
            .NotEmpty()
            .Must(kind => SellerRules.TryParseKind(kind, out _))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Enum.GetNames<KycDocumentKind>())}.");
        RuleFor(c => c.File).NotNull().WithMessage("'file' is required: send the document as the multipart form field 'file'.");
    }
}
