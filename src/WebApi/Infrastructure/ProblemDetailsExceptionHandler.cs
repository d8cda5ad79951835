using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Maps exceptions to problem details: a client's mistake gets its 4xx with field errors; anything else is a 500
/// whose body says nothing about the server's internals (the details go to the log with the trace id).
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = 499; // client closed the request; nobody is listening for a body
            return true;
        }

        var problem = exception switch
        {
            ValidationException validation => ProblemFactory.Create(
                context, StatusCodes.Status400BadRequest, "validation", "One or more fields are invalid.", FieldErrors(validation)),
            BadHttpRequestException badRequest => FromBadRequest(context, badRequest),
            DomainException domain => ProblemFactory.From(domain.Error, context),
            AccessDeniedException denied => ProblemFactory.From(denied.Error, context),
            ExternalServiceException external => FromExternal(context, external),
            PaymentDeclinedException declined => ProblemFactory.From(Error.Rule("payment.declined", declined.Message), context),
            ConflictException conflict => ProblemFactory.From(conflict.Error, context),
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(exception, context.Request.Method, context.Request.Path);
            problem = ProblemFactory.Create(
                context,
                StatusCodes.Status500InternalServerError,
                "internal",
                "The server could not complete the request. Quote the traceId when reporting it.");
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static Dictionary<string, string[]> FieldErrors(ValidationException validation) =>
        validation.Errors
            .GroupBy(e => string.IsNullOrEmpty(e.PropertyName) ? "body" : e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>Unreadable bodies: malformed JSON names the offending field; a missing body is reported as such.</summary>
    private static ProblemDetails FromBadRequest(HttpContext context, BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { } path })
        {
            // The serializer's own message names CLR types; the client only needs the field.
            var field = path.TrimStart('$').TrimStart('.');
            const string message = "The value is missing, of the wrong type or malformed.";
            return ProblemFactory.Create(
                context,
                StatusCodes.Status400BadRequest,
                "validation",
                "The request body is not valid JSON for this operation.",
                new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] });
        }

        var status = exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : StatusCodes.Status400BadRequest;
        return ProblemFactory.Create(
            context, status, status == StatusCodes.Status413PayloadTooLarge ? "too_large" : "bad_request", exception.Message,
            new Dictionary<string, string[]> { ["body"] = [exception.Message] });
    }

    private ProblemDetails FromExternal(HttpContext context, ExternalServiceException exception)
    {
        LogExternalFailure(exception, exception.Service);
        context.Response.Headers.RetryAfter = "30";
        return ProblemFactory.Create(
            context,
            StatusCodes.Status503ServiceUnavailable,
            "dependency_unavailable",
            $"{exception.Service} is unavailable right now. Try again shortly.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provider {Service} failed")]
    private partial void LogExternalFailure(Exception exception, string service);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
