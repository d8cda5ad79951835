using System.Diagnostics;
using CustomiseYou.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>The one place that turns an <see cref="Error"/> into RFC 9457 problem details, for returned and thrown errors alike.</summary>
public static class ProblemFactory
{
    public static int StatusOf(ErrorType type) => type switch
    {
        ErrorType.Validation => StatusCodes.Status400BadRequest,
        ErrorType.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorType.Forbidden => StatusCodes.Status403Forbidden,
        ErrorType.NotFound => StatusCodes.Status404NotFound,
        ErrorType.Conflict => StatusCodes.Status409Conflict,
        ErrorType.RuleViolation => StatusCodes.Status422UnprocessableEntity,
        ErrorType.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorType.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ErrorType.Gone => StatusCodes.Status410Gone,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails From(Error error, HttpContext context)
    {
        if (error.RetryAt is { } retryAt)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - DateTimeOffset.UtcNow).TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Create(context, StatusOf(error.Type), error.Code, error.Message, error.Details);
    }

    public static ProblemDetails Create(
        HttpContext context, int status, string code, string detail, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails
        {
            Type = $"urn:customiseyou:problem:{code}",
            Title = TitleOf(status),
            Status = status,
            Detail = detail,
            Instance = context.Request.Path,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors;
        }

        return problem;
    }

    /// <summary>
    /// Problems the framework writes itself (unknown routes, status-code pages) get the same code and traceId as ours,
    /// so every problem matches the one schema of the OpenAPI document.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Type ??= $"urn:customiseyou:problem:{CodeOf(status)}";
        problem.Title ??= TitleOf(status);
        problem.Extensions.TryAdd("code", CodeOf(status));
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
    }

    private static string CodeOf(int status) => status switch
    {
        400 => "bad_request",
        401 => "auth.required",
        403 => "auth.forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        413 => "too_large",
        415 => "unsupported_media_type",
        _ => $"http_{status}",
    };

    private static string TitleOf(int status) => status switch
    {
        400 => "The request is invalid.",
        401 => "Authentication is required.",
        403 => "Access is denied.",
        404 => "The resource was not found.",
        409 => "The request conflicts with the current state.",
        410 => "The resource is no longer available.",
        422 => "The request breaks a business rule.",
        429 => "Too many requests.",
        503 => "A service we depend on is unavailable.",
        _ => "An unexpected error occurred.",
    };
}
