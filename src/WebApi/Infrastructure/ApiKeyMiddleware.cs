using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Common;
using CustomiseYou.WebApi.OpenApi;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Runs once the region is known, before rate limiting. A secret key that did not open is 401 on any route (not
/// anonymous). A publishable key (<c>X-Api-Key: pk_live_…</c>) must open in this region (else 401); alone, it reaches
/// only use cases marked <see cref="PublishableKeyAllowedAttribute"/> (else 403); with a user's bearer token the user's
/// rights apply and the key only names the app. Every line logged for the request carries the key's public id.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ILogger<ApiKeyMiddleware> logger)
{
    public const string Header = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext, IApiKeyAccess access)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<TenantScoped>() is null)
        {
            await next(context);
            return;
        }

        if (context.Items.ContainsKey(ApiKeyAuthenticationHandler.FailedItem))
        {
            await Refuse(context, "The API key is unknown in this region, revoked or past its rotation overlap.");
            return;
        }

        if (context.Features.Get<ApiKeyFeature>() is null && context.Request.Headers[Header] is { Count: > 0 } header)
        {
            if (!ApiKeyToken.TryParse(header.ToString(), out var token) || token.Kind != ApiKeyKind.Publishable)
            {
                await Refuse(context, $"{Header} takes a publishable key (pk_live_…); send a secret key as 'Authorization: ApiKey sk_live_…'.");
                return;
            }

            var tenant = tenantContext.Tenant;
            if (await access.AuthenticateAsync(tenant, token, context.RequestAborted) is not { } grant)
            {
                await Refuse(context, "The API key is unknown in this region, revoked or past its rotation overlap.");
                return;
            }

            var message = endpoint.Metadata.GetMetadata<UseCaseMetadata>()?.MessageType;
            var allowed = message?.IsDefined(typeof(PublishableKeyAllowedAttribute), inherit: true) == true;
            if (context.User.Identity?.IsAuthenticated != true && !allowed)
            {
                await Error.Forbidden("api_key.not_allowed",
                        "A publishable key reaches only the public catalog, customisation quotes and previews, and sign-in; "
                        + "sign in, or call from a server with a secret key.")
                    .ToProblem(context).ExecuteAsync(context);
                return;
            }

            context.Features.Set(new ApiKeyFeature(tenant.Id, grant.Id, grant.PublicId, grant.Kind, grant.RateLimitPerMinute));
        }

        using var scope = context.Features.Get<ApiKeyFeature>() is { } key ? logger.BeginScope("ApiKey {ApiKeyId}", key.PublicId) : null;
        await next(context);
    }

    private static Task Refuse(HttpContext context, string detail) =>
        new Error("api_key.invalid", detail, ErrorType.Unauthorized).ToProblem(context).ExecuteAsync(context);
}
