using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.UploadArtwork;

/// <summary>A customer's artwork for an image option (JPEG or PNG by content); its id goes into the selection.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UploadArtworkCommand(UploadedFile File) : ICommand<Result<UploadDto>>;
