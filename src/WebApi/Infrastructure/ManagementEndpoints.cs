using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Bound from <c>Management</c>: who counts as an operator for <c>/metrics</c> and the detailed <c>/health/ready</c>
/// (ADR 0020). A request is an operator's when it arrives on <see cref="Port"/> (the connection's local port, never the
/// client's Host header) or carries <c>Authorization: Bearer</c> <see cref="Token"/>. With neither set (an empty token
/// is none), nobody is.
/// </summary>
public sealed class ManagementOptions
{
    public const string SectionName = "Management";
    public const int MinimumTokenLength = 32;

    public string? Token { get; set; }

    public int? Port { get; set; }

    internal bool HasToken => !string.IsNullOrEmpty(Token);

    internal bool IsValid => (!HasToken || Token!.Length >= MinimumTokenLength) && Port is null or (> 0 and <= 65535);
}

/// <summary>Endpoint metadata: served to operators only (<see cref="ManagementEndpoints"/>).</summary>
public sealed class ManagementOnly
{
    public static readonly ManagementOnly Instance = new();

    private ManagementOnly()
    {
    }
}

/// <summary>The probes (public), the readiness details and the Prometheus scrape (operators only).</summary>
public static class ManagementEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddManagementAccess(this IServiceCollection services)
    {
        services.AddOptions<ManagementOptions>().BindConfiguration(ManagementOptions.SectionName)
            .Validate(o => o.IsValid, $"Management: Token needs at least {ManagementOptions.MinimumTokenLength} characters; Port 1-65535.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>After routing: a management-only endpoint answers 401 (a token is configured) or 404 to anyone else.</summary>
    public static IApplicationBuilder UseManagementAccess(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ManagementOnly>() is null || IsOperator(context))
        {
            await next(context);
            return;
        }

        var tokenConfigured = Options(context).HasToken;
        if (tokenConfigured)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"management\"";
        }

        var problem = tokenConfigured
            ? ProblemFactory.Create(
                context, StatusCodes.Status401Unauthorized, "management.token_required", "This endpoint needs the management token.")
            : ProblemFactory.Create(context, StatusCodes.Status404NotFound, "not_found", "There is nothing here.");
        await TypedResults.Problem(problem).ExecuteAsync(context);
    });

    public static void MapManagementEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteHealthReport,
        });
        app.MapPrometheusScrapingEndpoint().WithMetadata(ManagementOnly.Instance);
    }

    public static bool IsOperator(HttpContext context)
    {
        var options = Options(context);
        if (options.Port is { } port && context.Connection.LocalPort == port)
        {
            return true;
        }

        if (!options.HasToken)
        {
            return false;
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        // Hashes of equal length, compared in constant time: the answer's timing tells nothing about the token, not even its length.
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(
                SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim())), SHA256.HashData(Encoding.UTF8.GetBytes(options.Token!)));
    }

    /// <summary>Probes get the status alone (and 200 or 503); operators also get every check with its data.</summary>
    private static Task WriteHealthReport(HttpContext context, HealthReport report) =>
        IsOperator(context)
            ? context.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description, e.Value.Data }),
            })
            : context.Response.WriteAsJsonAsync(new { status = report.Status.ToString() });

    private static ManagementOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<ManagementOptions>>().Value;
}
