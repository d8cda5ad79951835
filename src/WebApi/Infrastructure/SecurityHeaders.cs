using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>Bound from <c>Security</c>. HSTS is sent outside Development only; <see cref="HstsMaxAgeDays"/> 0 turns it off.</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "Security";

    public int HstsMaxAgeDays { get; set; } = 365;
}

/// <summary>
/// Headers every response carries (ADR 0020): no MIME sniffing, no referrer, no framing, a Content-Security-Policy
/// that allows nothing for API answers and only what the reference UI needs on <c>/scalar</c>, HSTS outside
/// Development, and <c>Cache-Control: no-store</c> on anything answered to a caller with credentials or to a write. Written when the
/// response starts, so the exception handler's and the status-code pages' answers get them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>JSON, problem details, files: nothing may load, run or frame.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>A customisation preview opened on its own: its shapes, and images inline or from this API.</summary>
    public const string SvgPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

    public const string ReferenceUiPath = "/scalar";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.SectionName)
            .Validate(o => o.HstsMaxAgeDays >= 0, "Security:HstsMaxAgeDays cannot be negative.")
            .ValidateOnStart();
        // Kestrel names itself in a Server header by default; it tells an attacker what to try.
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IHostEnvironment>();
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        var hsts = environment.IsDevelopment() || options.HstsMaxAgeDays == 0
            ? null
            : $"max-age={(long)TimeSpan.FromDays(options.HstsMaxAgeDays).TotalSeconds}; includeSubDomains";
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>Scalar's page with a fresh nonce on each of its scripts, and no fonts from Scalar's CDN.</summary>
    public static void MapReferenceUi(this WebApplication app) =>
        app.MapScalarApiReference(ReferenceUiPath, options => options.WithNonce().DisableDefaultFonts());

    private static void Apply(HttpContext context, string? hsts)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = PolicyFor(context);
        if (hsts is not null)
        {
            headers.StrictTransportSecurity = hsts;
        }

        if (context.User.Identity?.IsAuthenticated == true || context.Request.Headers.Authorization.Count > 0 || IsWrite(context.Request.Method))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }

    /// <summary>Writes answer one caller (sign-in and refresh hand out tokens without sending one): never stored either.</summary>
    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static string PolicyFor(HttpContext context)
    {
        if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
        {
            return ReferenceUiPolicy(nonce);
        }

        var contentType = context.Response.ContentType;
        return contentType is not null && contentType.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase) ? SvgPolicy : ApiPolicy;
    }

    /// <summary>
    /// The reference UI: its own scripts by nonce (no inline script without it, no eval), its styles (Scalar sets them
    /// inline), images and fonts from here or data URIs, requests to this API only ("try it"), no framing.
    /// </summary>
    public static string ReferenceUiPolicy(string nonce) =>
        $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
}
