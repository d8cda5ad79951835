using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using Mediator;

namespace CustomiseYou.Application.Customization.UploadArtwork;

public sealed class UploadArtworkHandler(IFileStore files, ICustomerUploadRepository uploads, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UploadArtworkCommand, Result<UploadDto>>
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public async ValueTask<Result<UploadDto>> Handle(UploadArtworkCommand command, CancellationToken cancellationToken)
    {
        var inspected = await UploadInspector.InspectAsync(command.File, MaxBytes, [FileKind.Jpeg, FileKind.Png], cancellationToken);
        if (!inspected.IsSuccess)
        {
            return inspected.Error!;
        }

        var header = new byte[ImageHeader.RecommendedLength];
        var read = await command.File.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        command.File.Content.Position = 0;
        if (ImageHeader.Read(header.AsSpan(0, read)) is not { } info)
        {
            return Error.Validation("file.unreadable", "The image's size could not be read from its header.", "file");
        }

        var kind = inspected.Value;
        var stored = await files.SaveAsync("artwork", command.File.Content, kind.ContentType(), kind.Extension(), cancellationToken);
        var upload = CustomerUpload.Create(Guid.CreateVersion7(), currentUser.RequiredUserId, stored.Key, info, stored.SizeBytes, clock.GetUtcNow());
        uploads.Add(upload);
        return new UploadDto(
            upload.Id, upload.Kind.ToString(), upload.Bytes, upload.Width, upload.Height, $"/api/v1/customization/uploads/{upload.Id}");
    }
}
