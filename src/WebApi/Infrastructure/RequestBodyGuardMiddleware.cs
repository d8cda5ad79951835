using System.Net.Mime;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Runs after routing and before anything reads the body. An oversized body is 413 at once when it says its length, and
/// while it is read when it does not (the server's limit is set to the operation's). A JSON body is then read into memory
/// (it is small by now) and checked against <see cref="JsonTextRules"/>: bad text or null array elements are 400 with the
/// field paths, before the binder or any use case sees them.
/// </summary>
internal sealed class RequestBodyGuardMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options, IProblemDetailsService problems)
{
    private readonly RequestLimitsOptions _options = options.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not null && ParameterErrors(context) is { Count: > 0 } parameterErrors)
        {
            await WriteAsync(context, ProblemFactory.Create(
                context, StatusCodes.Status400BadRequest, "validation", "One or more fields are invalid.", parameterErrors));
            return;
        }

        if (context.GetEndpoint() is not { } endpoint || !CanHaveBody(context))
        {
            await next(context);
            return;
        }

        var limit = endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? _options.JsonBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await WriteTooLargeAsync(context, limit);
            return;
        }

        if (!AcceptsJson(endpoint) || !context.Request.HasJsonContentType())
        {
            await next(context);
            return;
        }

        var body = await ReadAtMostAsync(context.Request.Body, limit, context.RequestAborted);
        if (body is null)
        {
            await WriteTooLargeAsync(context, limit);
            return;
        }

        var errors = JsonTextRules.Check(body.GetBuffer().AsSpan(0, (int)body.Length), _options.JsonMaxDepth);
        if (errors.Count > 0)
        {
            await WriteAsync(context, ProblemFactory.Create(
                context, StatusCodes.Status400BadRequest, "validation", "One or more fields are invalid.", errors));
            return;
        }

        context.Request.Body = body;
        await next(context);
    }

    /// <summary>Query and route values hold no NUL either (percent-decoding already turns broken UTF-8 into U+FFFD).</summary>
    private static Dictionary<string, string[]> ParameterErrors(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in context.Request.Query)
        {
            if (name.Contains('\0', StringComparison.Ordinal))
            {
                errors.TryAdd("query", [JsonTextRules.InvalidName]);
            }
            else if (values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                errors.TryAdd(name, [JsonTextRules.NulCharacter]);
            }
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && text.Contains('\0', StringComparison.Ordinal))
            {
                errors.TryAdd(name, [JsonTextRules.NulCharacter]);
            }
        }

        return errors;
    }

    private static bool CanHaveBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? context.Request.ContentLength is not 0;

    /// <summary>Operations that bind a JSON body; webhooks read theirs raw and verify its signature first.</summary>
    private static bool AcceptsJson(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>()
            .Any(a => a.ContentTypes.Any(t => t.StartsWith(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The body in memory, or null when it holds more than <paramref name="limit"/> bytes (read no further than one past it).</summary>
    private static async Task<MemoryStream?> ReadAtMostAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private Task WriteTooLargeAsync(HttpContext context, long limit) =>
        WriteAsync(context, ProblemFactory.Create(
            context, StatusCodes.Status413PayloadTooLarge, "too_large", $"The request body is larger than this operation accepts ({limit} bytes)."));

    private async Task WriteAsync(HttpContext context, Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
