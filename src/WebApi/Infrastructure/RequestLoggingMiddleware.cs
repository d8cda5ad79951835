using System.Diagnostics;
using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>One structured line per request: method, route, status, duration, tenant and trace id. No bodies, no query strings.</summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
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
            LogRequest(
                context.Request.Method,
                (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "",
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                tenantContext.Current?.Id ?? "-");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms (tenant {TenantId})")]
    private partial void LogRequest(string method, string route, int statusCode, double elapsedMs, string tenantId);
}
