using System.Diagnostics;
using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// One structured line per request: method, route, status, duration, tenant and trace id. No bodies, no query strings.
/// Refused and slow requests are logged at Information; quick successful ones at Debug (ADR 0015), because the
/// request metrics on <c>/metrics</c> already count and time every request, and a console line per request cost
/// about a sixth of the API's CPU on a product page. Operators who want every line set this category to Debug.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public static readonly TimeSpan SlowRequest = TimeSpan.FromMilliseconds(500);

    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext)
    {
        var started = Stopwatch.GetTimestamp();
        // With a request Activity, the logger's activity tracking already puts its TraceId (and SpanId) on every line of
        // the request; a scope of our own would format and write the same id again on each line. Without one, say which.
        using var scope = Activity.Current is null ? logger.BeginScope("Trace {TraceId}", context.TraceIdentifier) : null;
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var level = context.Response.StatusCode >= StatusCodes.Status400BadRequest || elapsed >= SlowRequest
                ? LogLevel.Information
                : LogLevel.Debug;
            if (logger.IsEnabled(level) && context.Features.Get<ApiKeyFeature>() is { } key)
            {
                LogKeyRequest(
                    level,
                    context.Request.Method,
                    (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "",
                    context.Response.StatusCode,
                    elapsed.TotalMilliseconds,
                    key.TenantId,
                    key.PublicId);
            }
            else if (logger.IsEnabled(level))
            {
                LogRequest(
                    level,
                    context.Request.Method,
                    (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "",
                    context.Response.StatusCode,
                    elapsed.TotalMilliseconds,
                    tenantContext.Current?.Id ?? "-");
            }
        }
    }

    [LoggerMessage(Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms (tenant {TenantId})")]
    private partial void LogRequest(LogLevel level, string method, string route, int statusCode, double elapsedMs, string tenantId);

    [LoggerMessage(Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms (tenant {TenantId}, API key {ApiKeyId})")]
    private partial void LogKeyRequest(
        LogLevel level, string method, string route, int statusCode, double elapsedMs, string tenantId, string apiKeyId);
}
