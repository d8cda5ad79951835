using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Application.Privacy.DownloadExport;
using CustomiseYou.Application.Privacy.DownloadMyExport;
using CustomiseYou.Application.Privacy.GetMyConsents;
using CustomiseYou.Application.Privacy.GetMyPrivacyRequest;
using CustomiseYou.Application.Privacy.GetPrivacyRequest;
using CustomiseYou.Application.Privacy.ListAuditEntries;
using CustomiseYou.Application.Privacy.ListLegalHolds;
using CustomiseYou.Application.Privacy.PlaceLegalHold;
using CustomiseYou.Application.Privacy.ReleaseLegalHold;
using CustomiseYou.Application.Privacy.RequestErasure;
using CustomiseYou.Application.Privacy.RequestExport;
using CustomiseYou.Application.Privacy.RequestMyErasure;
using CustomiseYou.Application.Privacy.RequestMyExport;
using CustomiseYou.Application.Privacy.UpdateMyConsents;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

/// <summary>GDPR / DPDP rights: self-service exports, erasure and consents; compliance exports, erasures, legal holds and the audit log.</summary>
public sealed class Privacy : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var self = api.MapGroup("/privacy").WithTags("Privacy");
        self.MapPost("/exports",
                async ([FromBody] ExportRequest? body, [FromHeader(Name = "Accept-Language")] string? acceptLanguage,
                        ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new RequestMyExportCommand(body?.Locale, acceptLanguage), ct))
                    .ToHttp(http, request => TypedResults.Accepted($"/api/v1/privacy/exports/{request.Id}", request)))
            .UseCase<RequestMyExportCommand>()
            .WithSummary("Asks for a copy of all your data in this region (a ZIP of JSON files and a README in your language). "
                + "Due by the region's deadline.")
            .Produces<PrivacyRequestDto>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        self.MapGet("/exports/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetMyPrivacyRequestQuery(id, PrivacyRequestKind.Export), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetMyPrivacyRequestQuery>("GetMyExport")
            .WithSummary("Status of your export: Requested, Running, Ready (with downloadUrl), Expired.")
            .Produces<PrivacyRequestDto>().ProducesProblem(StatusCodes.Status404NotFound);
        self.MapGet("/exports/{id:guid}/download", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DownloadMyExportCommand(id), ct)).ToHttp(http, Zip))
            .UseCase<DownloadMyExportCommand>()
            .WithSummary("The export's ZIP, for whoever asked for it, while the link is valid (7 days by default); 410 afterwards.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone);
        self.MapPost("/erasure", async ([FromBody] ErasureRequest? body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RequestMyErasureCommand(body?.Reason), ct))
                .ToHttp(http, request => TypedResults.Accepted($"/api/v1/privacy/erasure/{request.Id}", request)))
            .UseCase<RequestMyErasureCommand>()
            .WithSummary("Asks to erase your data. 409 listing the reasons while orders are open or a legal hold applies.")
            .Produces<PrivacyRequestDto>(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        self.MapGet("/erasure/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetMyPrivacyRequestQuery(id, PrivacyRequestKind.Erasure), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetMyPrivacyRequestQuery>("GetMyErasure")
            .WithSummary("Status of your erasure request.")
            .Produces<PrivacyRequestDto>().ProducesProblem(StatusCodes.Status404NotFound);

        var consents = api.MapGroup("/me/consents").WithTags("Privacy");
        consents.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMyConsentsQuery(), ct)))
            .UseCase<GetMyConsentsQuery>()
            .WithSummary("Your marketing (per channel) and analytics consents, with every change.")
            .Produces<ConsentsDto>();
        consents.MapPut("/", async ([FromBody] UpdateMyConsentsCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .UseCase<UpdateMyConsentsCommand>()
            .WithSummary("Gives or withdraws consents: { marketing, analytics, marketingChannels: { email, sms, push } }; "
                + "each change is kept with time, source and policy version.")
            .Produces<ConsentsDto>().ProducesValidationProblem();

        var compliance = api.MapGroup("/compliance").WithTags("Compliance");
        compliance.MapPost("/exports", async ([FromBody] RequestExportCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, request => TypedResults.Accepted($"/api/v1/compliance/exports/{request.Id}", request)))
            .UseCase<RequestExportCommand>()
            .WithSummary("Exports a person's data (compliance): { userId, reason?, locale? }.")
            .Produces<PrivacyRequestDto>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        compliance.MapGet("/exports/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetPrivacyRequestQuery(id, PrivacyRequestKind.Export), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetPrivacyRequestQuery>("GetComplianceExport")
            .WithSummary("One export a compliance officer asked for, with its download link once ready.")
            .Produces<PrivacyRequestDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        compliance.MapGet("/exports/{id:guid}/download", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DownloadExportCommand(id), ct)).ToHttp(http, Zip))
            .UseCase<DownloadExportCommand>()
            .WithSummary("The export's ZIP (compliance), while the link is valid; 410 afterwards.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        compliance.MapPost("/erasures", async ([FromBody] RequestErasureCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, request => TypedResults.Accepted($"/api/v1/compliance/erasures/{request.Id}", request)))
            .UseCase<RequestErasureCommand>()
            .WithSummary("Erases a person's data (compliance): { userId, reason }. "
                + "409 listing the reasons while orders are open or a legal hold applies.")
            .Produces<PrivacyRequestDto>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        compliance.MapGet("/erasures/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetPrivacyRequestQuery(id, PrivacyRequestKind.Erasure), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetPrivacyRequestQuery>("GetComplianceErasure")
            .WithSummary("One erasure request: its status, or the reasons that block it.")
            .Produces<PrivacyRequestDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        compliance.MapGet("/audit", async (Guid? userId, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(userId, limit ?? 20, cursor), ct)))
            .UseCase<ListAuditEntriesQuery>()
            .WithSummary("The append-only privacy audit log, newest first: exports, downloads, erasures, legal holds, role grants. "
                + "?userId=&limit=&cursor=")
            .Produces<AuditPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        compliance.MapPost("/legal-holds", async ([FromBody] PlaceLegalHoldCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct))
                .ToHttp(http, hold => TypedResults.Created($"/api/v1/compliance/legal-holds?userId={hold.UserId}", hold)))
            .UseCase<PlaceLegalHoldCommand>()
            .WithSummary("Keeps a person's data from erasure (compliance or admin): { userId, reason }.")
            .Produces<LegalHoldDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        compliance.MapPost("/legal-holds/{id:guid}/release",
                async (Guid id, [FromBody] ReleaseRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new ReleaseLegalHoldCommand(id, body.Reason), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ReleaseLegalHoldCommand>()
            .WithSummary("Releases a legal hold with a reason (compliance or admin); erasure may then proceed.")
            .Produces<LegalHoldDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        compliance.MapGet("/legal-holds", async (Guid? userId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListLegalHoldsQuery(userId), ct)))
            .UseCase<ListLegalHoldsQuery>()
            .WithSummary("Legal holds, optionally of one person (compliance or admin).")
            .Produces<IReadOnlyList<LegalHoldDto>>().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static IResult Zip(ExportDownload download) => TypedResults.Stream(download.Content, "application/zip", download.FileName);

    public sealed record ExportRequest(string? Locale);

    public sealed record ErasureRequest(string? Reason);

    public sealed record ReleaseRequest(string Reason);
}
