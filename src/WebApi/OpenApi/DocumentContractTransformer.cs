using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.Tenancy;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>
/// The document as a whole: what the API is, where it runs (one server per region host), the bearer scheme, the shared
/// problem schema, tag descriptions, request bodies that require only what the server requires, and no unused schemas.
/// </summary>
internal sealed class DocumentContractTransformer(ITenantStore tenants, RegionalWebSettings regions, IHttpContextAccessor http)
    : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Tenancy"] = "The region a request runs in.",
        ["Identity"] = "Accounts, sign-in, tokens, sessions and roles.",
        ["Sellers"] = "Seller profiles and KYC.",
        ["Categories"] = "The category tree.",
        ["Catalog"] = "Products: search, drafts, publishing, stock and images.",
        ["Customisation"] = "Options, price rules, quotes, previews and artwork uploads.",
        ["Cart"] = "The signed-in customer's cart.",
        ["Orders"] = "Checkout, orders, their status and returns.",
        ["Payments"] = "Provider webhooks, payment status, ledgers and refunds.",
        ["Payouts"] = "Seller balances and payouts.",
        ["Notifications"] = "In-app notifications, preferences and dead letters.",
        ["Privacy"] = "The data subject's own exports, erasure and consents.",
        ["Compliance"] = "Exports, erasures, legal holds and the audit log for compliance officers.",
        ["Jobs"] = "Scheduled jobs per region.",
        ["API keys"] = "Publishable keys for storefronts and secret keys with scopes for integrations, per region.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CustomiseYou API",
            Version = "v1",
            Description = "A multi-region marketplace of customisable products. Each region (tenant) has its own currency, payment "
                + "provider, privacy rules and database; every route under /api/v1 runs in exactly one region, chosen by the host name "
                + "or the X-Tenant header. Errors are RFC 9457 problem details with a stable `code` and a `traceId`.",
            Contact = new OpenApiContact { Name = "CustomiseYou API team" },
        };
        document.Servers = Servers();
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [OperationContractTransformer.BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken of POST /api/v1/auth/login (15 minutes; renew with POST /api/v1/auth/refresh). "
                    + "A token is valid only in the region that issued it.",
            },
            [OperationContractTransformer.SecretKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "Authorization",
                Description = "A secret key, server to server only: `Authorization: ApiKey sk_live_…`. It acts for the seller or admin it "
                    + "belongs to, only on operations listing one of its scopes (403 elsewhere), and only in its own region.",
            },
            [OperationContractTransformer.PublishableKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyMiddleware.Header,
                Description = "A publishable key for browser and mobile storefronts: `X-Api-Key: pk_live_…`. Alone it reaches only the "
                    + "operations that list it (public catalog, customisation quotes and previews, sign-in); rate-limited per key.",
            },
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemResponses.SchemaId] = ProblemResponses.Schema();
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= tag.Name is { } name ? TagDescriptions.GetValueOrDefault(name) : null;
        }

        SelectionValueSchema.UseComponent(document);
        RequestSchemas.RelaxRequired(document);
        UnusedSchemas.Remove(document);
        foreach (var operation in References.Operations(document))
        {
            if (operation.Responses is { } responses)
            {
                var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
                responses.Clear();
                foreach (var (status, response) in ordered)
                {
                    responses.Add(status, response);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The origin that served the document (send X-Tenant there), then one per region host of this deployment.</summary>
    private List<OpenApiServer> Servers()
    {
        var request = http.HttpContext?.Request;
        var scheme = request?.Scheme ?? "https";
        var port = request?.Host.Port is { } p ? $":{p}" : "";
        List<OpenApiServer> servers = [];
        if (request is not null)
        {
            servers.Add(new OpenApiServer
            {
                Url = $"{scheme}://{request.Host}{request.PathBase}".TrimEnd('/'),
                Description = "This host: send the X-Tenant header.",
            });
        }

        foreach (var tenant in tenants.All)
        {
            servers.AddRange(regions.Of(tenant).Hosts.Select(host => new OpenApiServer
            {
                Url = $"{scheme}://{host}{port}",
                Description = $"{tenant.Name} (`{tenant.Id}`): the host selects the region.",
            }));
        }

        return servers;
    }
}
