using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Identity.ExternalSignIn;
using CustomiseYou.Application.Identity.GetMe;
using CustomiseYou.Application.Identity.GrantRole;
using CustomiseYou.Application.Identity.ListSessions;
using CustomiseYou.Application.Identity.Login;
using CustomiseYou.Application.Identity.Logout;
using CustomiseYou.Application.Identity.Refresh;
using CustomiseYou.Application.Identity.Register;
using CustomiseYou.Application.Identity.RevokeRole;
using CustomiseYou.Application.Identity.RevokeSession;
using CustomiseYou.Application.Identity.SendPhoneCode;
using CustomiseYou.Application.Identity.UpdateMe;
using CustomiseYou.Application.Identity.VerifyEmail;
using CustomiseYou.Application.Identity.VerifyPhone;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Identity : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Identity").RequireRateLimiting(AuthRateLimiting.Policy);

        auth.MapPost("/register", async ([FromBody] RegisterCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, result => TypedResults.Created($"/api/v1/me", result)))
            .UseCase<RegisterCommand>()
            .WithSummary("Creates an account in this region and emails a 6-digit code.")
            .Produces<RegisterResult>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        auth.MapPost("/verify-email", async ([FromBody] VerifyEmailCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .UseCase<VerifyEmailCommand>()
            .WithSummary("Confirms the email address with the code; five wrong codes lock it for 15 minutes.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/login", async ([FromBody] LoginCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<LoginCommand>()
            .WithSummary("Email and password for an access token (15 min) and a refresh token (30 days).")
            .Produces<TokenPair>().ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/refresh", async ([FromBody] RefreshCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<RefreshCommand>()
            .WithSummary("Rotates the refresh token. Presenting an already-rotated token revokes the whole session.")
            .Produces<TokenPair>().ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/logout", async ([FromBody] LogoutCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .UseCase<LogoutCommand>()
            .WithSummary("Ends the session of the refresh token; its access tokens stop working at their expiry.")
            .Produces(StatusCodes.Status204NoContent);

        auth.MapPost("/phone/send-code", async ([FromBody] SendPhoneCodeCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, _ => TypedResults.Accepted((string?)null)))
            .UseCase<SendPhoneCodeCommand>()
            .WithSummary("Texts a code to the phone the signed-in user wants to verify (1 per minute, 5 per hour).")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        auth.MapPost("/phone/verify", async ([FromBody] VerifyPhoneCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .UseCase<VerifyPhoneCommand>()
            .WithSummary("Confirms the phone number with the texted code.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/external/google", async ([FromBody] ExternalTokenRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ExternalSignInCommand(ExternalProvider.Google, body.IdToken, body.Nonce, body.FullName), ct))
                .ToHttp(http, TypedResults.Ok))
            .UseCase<ExternalSignInCommand>("SignInWithGoogle")
            .WithSummary("Signs in (or up) with a Google ID token issued to one of this region's apps.")
            .Produces<TokenPair>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        auth.MapPost("/external/apple", async ([FromBody] ExternalTokenRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ExternalSignInCommand(ExternalProvider.Apple, body.IdToken, body.Nonce, body.FullName), ct))
                .ToHttp(http, TypedResults.Ok))
            .UseCase<ExternalSignInCommand>("SignInWithApple")
            .WithSummary("Signs in (or up) with an Apple ID token issued to one of this region's apps.")
            .Produces<TokenPair>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var me = api.MapGroup("/me").WithTags("Identity");
        me.MapGet("/", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetMeQuery(), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetMeQuery>()
            .WithSummary("The signed-in user: profile, verification state and roles.")
            .Produces<MeDto>().ProducesProblem(StatusCodes.Status401Unauthorized);
        me.MapPatch("/", async ([FromBody] UpdateMeRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateMeCommand(body.FullName, body.Phone), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<UpdateMeCommand>()
            .WithSummary("Changes the name and/or phone (a new phone must be verified again; \"phone\": null removes it).")
            .Produces<MeDto>().ProducesValidationProblem();
        me.MapGet("/sessions", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSessionsQuery(), ct)))
            .UseCase<ListSessionsQuery>()
            .WithSummary("The signed-in user's active sessions (devices), newest first.")
            .Produces<IReadOnlyList<SessionDto>>();
        me.MapDelete("/sessions/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RevokeSessionCommand(id), ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .UseCase<RevokeSessionCommand>()
            .WithSummary("Ends one of the caller's sessions; its refresh token stops working.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/admin/users/{id:guid}/roles",
                async (Guid id, [FromBody] GrantRoleRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new GrantRoleCommand(id, body.Role, body.Reason), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GrantRoleCommand>()
            .WithTags("Identity")
            .WithSummary("Grants a role (admin); it applies from the user's next request.")
            .Produces<MeDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/admin/users/{id:guid}/roles/{role}",
                async (Guid id, string role, string? reason, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new RevokeRoleCommand(id, role, reason), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<RevokeRoleCommand>()
            .WithTags("Identity")
            .WithSummary("Takes a role away (admin; not 'customer'); it applies from the user's next request.")
            .Produces<MeDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public sealed record ExternalTokenRequest(string IdToken, string? Nonce, string? FullName);

    public sealed record UpdateMeRequest(string? FullName, Optional<string?> Phone);

    public sealed record GrantRoleRequest(string Role, string? Reason);
}
