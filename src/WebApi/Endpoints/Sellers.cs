using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Sellers.ApproveKyc;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Application.Sellers.CreateSeller;
using CustomiseYou.Application.Sellers.GetMySeller;
using CustomiseYou.Application.Sellers.GetSeller;
using CustomiseYou.Application.Sellers.ListSellersForReview;
using CustomiseYou.Application.Sellers.RejectKyc;
using CustomiseYou.Application.Sellers.SubmitKyc;
using CustomiseYou.Application.Sellers.UpdateSeller;
using CustomiseYou.Application.Sellers.UploadKycDocument;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Sellers : IEndpointGroup
{
    /// <summary>The 10 MB document plus room for the multipart framing and the other fields; larger bodies are refused while reading.</summary>
    public const long MaxUploadRequestBytes = UploadKycDocumentCommand.MaxBytes + 256 * 1024;

    public void Map(IEndpointRouteBuilder api)
    {
        var sellers = api.MapGroup("/sellers").WithTags("Sellers");

        sellers.MapPost("/", async ([FromBody] CreateSellerCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, seller => TypedResults.Created($"/api/v1/sellers/{seller.Id}", seller)))
            .UseCase<CreateSellerCommand>()
            .WithSummary("Applies to sell: the signed-in user (verified email) becomes the owner of a new seller in Draft KYC.")
            .Produces<SellerDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sellers.MapGet("/me", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetMySellerQuery(), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetMySellerQuery>()
            .WithSummary("The caller's own seller, in full; 404 when the caller has none.")
            .Produces<SellerDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sellers.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetSellerQuery(id), ct)).ToHttp(
                    http, found => found.Details is { } details ? TypedResults.Ok(details) : TypedResults.Ok(found.Profile)))
            .UseCase<GetSellerQuery>()
            .WithSummary("The public profile; the owner and admins get the full record "
                + "(legal name, address, payout account, KYC documents and history).")
            .ProducesAnyOf<SellerProfileDto, SellerDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sellers.MapPatch("/{id:guid}", async (Guid id, [FromBody] UpdateSellerRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateSellerCommand(id, body.BusinessName, body.Address, body.PayoutAccount), ct))
                .ToHttp(http, TypedResults.Ok))
            .UseCase<UpdateSellerCommand>()
            .WithSummary("Changes the business name, address or payout account (owner or admin).")
            .Produces<SellerDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sellers.MapPost("/{id:guid}/kyc/documents",
                async (Guid id, IFormFile? file, [FromForm] string? kind, ISender sender, HttpContext http, CancellationToken ct) =>
                {
                    // The form reader has buffered the file, so this stream is seekable for the content inspection.
                    await using var content = file?.OpenReadStream();
                    var upload = file is null ? null : new UploadedFile(content!, file.Length);
                    return (await sender.Send(new UploadKycDocumentCommand(id, kind, upload), ct))
                        .ToHttp(http, document => TypedResults.Created((string?)null, document));
                })
            .UseCase<UploadKycDocumentCommand>()
            .WithSummary("Adds a KYC document (owner): multipart fields 'file' (PDF, JPEG or PNG by content, at most 10 MB) and 'kind'.")
            // Bearer tokens only, no cookies: there is no ambient credential for a cross-site form to ride on.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadRequestBytes)
            .Accepts<IFormFile>("multipart/form-data")
            .FormFields<KycDocumentKind>("kind", required: ["file", "kind"])
            .Produces<KycDocumentDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        sellers.MapPost("/{id:guid}/kyc/submit", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new SubmitKycCommand(id), ct)).ToHttp(http, status => TypedResults.Accepted($"/api/v1/sellers/{id}", status)))
            .UseCase<SubmitKycCommand>()
            .WithSummary("Sends the KYC application for review (owner); after a rejection, only once a new document was uploaded.")
            .Produces<KycStatusDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var admin = api.MapGroup("/admin/sellers").WithTags("Sellers");

        admin.MapGet("/", async (string? kycStatus, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListSellersForReviewQuery(kycStatus, limit, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListSellersForReviewQuery>()
            .AllowedValues("kycStatus", Enum.GetNames<KycStatus>())
            .WithSummary("The KYC review queue (admin), oldest first, keyset-paginated: ?kycStatus=Submitted&limit=20&cursor=…")
            .Produces<SellerReviewPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        admin.MapPost("/{id:guid}/kyc/approve", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ApproveKycCommand(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ApproveKycCommand>()
            .WithSummary("Verifies a submitted KYC application (admin).")
            .Produces<SellerDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPost("/{id:guid}/kyc/reject",
                async (Guid id, [FromBody] RejectKycRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new RejectKycCommand(id, body.Reason), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<RejectKycCommand>()
            .WithSummary("Rejects a submitted KYC application with a reason (admin); the seller may resubmit after uploading a new document.")
            .Produces<SellerDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public sealed record UpdateSellerRequest(string? BusinessName, AddressDto? Address, string? PayoutAccount);

    public sealed record RejectKycRequest(string Reason);
}
