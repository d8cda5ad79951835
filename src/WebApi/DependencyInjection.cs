using System.Text.Json.Serialization;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Identity;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Observability;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using CustomiseYou.WebApi.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenTelemetry.Metrics;

namespace CustomiseYou.WebApi;

public static class DependencyInjection
{
    public static IServiceCollection AddWebApi(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(provider => RegionalWebSettings.Load(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<ITenantStore>()));
        // Resolution order is part of the contract: host, then header, then route value.
        services.AddSingleton<ITenantResolutionStrategy, HostTenantResolutionStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, HeaderTenantResolutionStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, RouteTenantResolutionStrategy>();
        services.AddSingleton<ITenantResolver, TenantResolver>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddScoped<IClientInfo>(provider => provider.GetRequiredService<CurrentUser>());
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new OptionalJsonConverterFactory());
        });
        // Bad bodies throw so the exception handler answers with problem details instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemFactory.Complete);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SelectorScheme)
            .AddPolicyScheme(ApiKeyAuthenticationHandler.SelectorScheme, "Bearer token or API key",
                options => options.ForwardDefaultSelector = ApiKeyAuthenticationHandler.SelectScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtSigningKey, IOptions<JwtOptions>>((bearer, key, jwt) =>
            {
                bearer.MapInboundClaims = false; // keep sub, role, sid, tenant exactly as issued
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = key.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = ClaimNames.Subject,
                    RoleClaimType = ClaimNames.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                bearer.Events = new JwtBearerEvents { OnTokenValidated = LiveSessionCheck.ValidateAsync };
            });
        services.AddAuthRateLimiting();
        services.AddAuthorization();

        services.AddOpenApiContract();
        services.AddHealthChecks()
            .AddCheck<TenantDatabasesHealthCheck>("tenant-databases", tags: [ManagementEndpoints.ReadyTag])
            .AddCheck<SchedulerHealthCheck>("job-scheduler", failureStatus: HealthStatus.Degraded, tags: [ManagementEndpoints.ReadyTag]);
        services.AddSecurityHeaders().AddManagementAccess().AddRegionalCors();
        // The platform's business metrics and Npgsql's connection-pool metrics beside ASP.NET Core's (deploy/prometheus/alerts.yml).
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation()
            .AddMeter(PlatformMetrics.MeterName, "Npgsql").AddPrometheusExporter());
        return services;
    }

    public static WebApplication UseWebApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseRouting();
        app.UseManagementAccess();
        // Before the body guard, so a browser can read a cross-origin 400 or 413 too.
        app.UseRegionalCors();
        app.UseMiddleware<RequestBodyGuardMiddleware>(); // 413 and text rules once the operation is known, before anything reads the body
        app.UseAuthentication();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapReferenceUi();
        app.MapManagementEndpoints();
        app.MapEndpointGroups();
        return app;
    }
}
