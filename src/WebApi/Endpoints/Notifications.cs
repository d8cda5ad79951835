using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Application.Notifications.GetNotificationPreferences;
using CustomiseYou.Application.Notifications.ListDeadLetters;
using CustomiseYou.Application.Notifications.ListMyNotifications;
using CustomiseYou.Application.Notifications.MarkNotificationRead;
using CustomiseYou.Application.Notifications.RetryDeadLetter;
using CustomiseYou.Application.Notifications.UpdateNotificationPreferences;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Notifications : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Notifications");
        me.MapGet("/notifications", async (int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListMyNotificationsQuery(limit ?? 20, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListMyNotificationsQuery>()
            .WithSummary("The caller's in-app notifications, newest first, with the number still unread.")
            .Produces<NotificationPage>().ProducesValidationProblem();
        me.MapPost("/notifications/{id:guid}/read", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new MarkNotificationReadCommand(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<MarkNotificationReadCommand>()
            .WithSummary("Marks one of the caller's notifications read (again: no change). Anyone else's is 404.")
            .Produces<NotificationDto>().ProducesProblem(StatusCodes.Status404NotFound);
        me.MapGet("/notification-preferences", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetNotificationPreferencesQuery(), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetNotificationPreferencesQuery>()
            .WithSummary("The caller's language and channels (email, sms, inApp) per category, defaults filled in.")
            .Produces<NotificationPreferencesDto>();
        me.MapPut("/notification-preferences", async ([FromBody] PreferencesRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateNotificationPreferencesCommand(body.Locale, body.Categories), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<UpdateNotificationPreferencesCommand>()
            .WithSummary("Changes the language and/or the listed categories. Email for a transactional category cannot be switched off (400).")
            .Produces<NotificationPreferencesDto>().ProducesValidationProblem();
        me.MapPut("/locale", async ([FromBody] LocaleRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateNotificationPreferencesCommand(body.Locale ?? string.Empty, null), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<UpdateNotificationPreferencesCommand>("UpdateLocale")
            .WithSummary("Sets the language of the caller's messages: one of the region's locales (GET /tenant), else 400.")
            .Produces<NotificationPreferencesDto>().ProducesValidationProblem();

        var admin = api.MapGroup("/admin/notifications").WithTags("Notifications");
        admin.MapGet("/dead-letters", async (int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListDeadLettersQuery(limit ?? 20, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListDeadLettersQuery>()
            .WithSummary("Email and SMS deliveries that used up their attempts, newest first (admin).")
            .Produces<NotificationDeliveryPage>();
        admin.MapPost("/dead-letters/{id:guid}/retry", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RetryDeadLetterCommand(id), ct)).ToHttp(http, delivery => TypedResults.Accepted((string?)null, delivery)))
            .UseCase<RetryDeadLetterCommand>()
            .WithSummary("Queues a dead letter again with fresh attempts; the next dispatch sends it (admin). Not dead-lettered: 409.")
            .Produces<NotificationDeliveryDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public sealed record PreferencesRequest(string? Locale, IReadOnlyList<CategoryPreferenceInput>? Categories);

    public sealed record LocaleRequest(string? Locale);
}
