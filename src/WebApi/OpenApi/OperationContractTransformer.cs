using System.Text.Json.Nodes;
using CustomiseYou.WebApi.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>
/// Per operation: a camelCase operationId, who may call it, the X-Tenant and Idempotency-Key headers, every error status
/// the pipeline can answer with (tenant resolution, sign-in, roles, validation, body limits, rate limits) and a description.
/// </summary>
internal sealed class OperationContractTransformer : IOpenApiOperationTransformer
{
    public const string BearerScheme = "bearer";
    public const string SecretKeyScheme = "secretKey";
    public const string PublishableKeyScheme = "publishableKey";
    public const string IdempotencyHeader = "Idempotency-Key";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document!;
        var facts = UseCaseFacts.For(metadata);
        var tenantScoped = metadata.OfType<TenantScoped>().Any();
        if (operation.OperationId is { Length: > 0 } id)
        {
            operation.OperationId = char.ToLowerInvariant(id[0]) + id[1..];
        }

        operation.Parameters ??= [];
        if (tenantScoped)
        {
            operation.Parameters.Insert(0, TenantParameter.Create(context.ApplicationServices));
            ProblemResponses.Add(operation, document, StatusCodes.Status400BadRequest);
            ProblemResponses.Add(operation, document, StatusCodes.Status404NotFound);
            ProblemResponses.Add(operation, document, StatusCodes.Status403Forbidden); // a browser origin the region does not allow
        }

        ApplySecurity(operation, document, facts, tenantScoped);
        if (operation.RequestBody is not null)
        {
            ProblemResponses.Add(operation, document, StatusCodes.Status400BadRequest);
            ProblemResponses.Add(operation, document, StatusCodes.Status413PayloadTooLarge);
            ProblemResponses.Add(operation, document, StatusCodes.Status415UnsupportedMediaType);
        }

        if (facts.Validated)
        {
            ProblemResponses.Add(operation, document, StatusCodes.Status400BadRequest);
        }

        if (facts.Idempotent)
        {
            RequireIdempotencyKey(operation);
            ProblemResponses.Add(operation, document, StatusCodes.Status400BadRequest);
            ProblemResponses.Add(operation, document, StatusCodes.Status409Conflict);
            ProblemResponses.Add(operation, document, StatusCodes.Status422UnprocessableEntity);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            ProblemResponses.Add(operation, document, StatusCodes.Status429TooManyRequests);
        }

        foreach (var key in operation.Responses!.Keys.Where(ProblemResponses.IsError).ToList())
        {
            ProblemResponses.Normalize(operation, document, key);
        }

        ParameterConventions.Apply(operation, metadata);
        await ApplyAlternativesAsync(operation, context, cancellationToken);
        DescribeBinaryContent(operation);
        await FormBodies.FlattenAsync(operation, context, cancellationToken);
        operation.Description = Describe(operation.Description, facts, tenantScoped);
    }

    private static void ApplySecurity(OpenApiOperation operation, OpenApiDocument document, UseCaseFacts facts, bool tenantScoped)
    {
        var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] };
        if (facts.SignInRequired)
        {
            operation.Security = [bearer];
            if (facts.ApiScope is not null)
            {
                // Scope lists are for OAuth2 schemes (Spectral's oas3-operation-security-defined): the description names the scope.
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecretKeyScheme, document)] = [] });
                ProblemResponses.Add(operation, document, StatusCodes.Status429TooManyRequests); // the key's own limit
            }

            ProblemResponses.Add(operation, document, StatusCodes.Status401Unauthorized);
            ProblemResponses.Add(operation, document, StatusCodes.Status403Forbidden);
            return;
        }

        // Anyone may call it; a token, when sent, identifies the caller (an owner sees more) and must be from this region.
        operation.Security = facts.Anonymous ? [new OpenApiSecurityRequirement()] : [new OpenApiSecurityRequirement(), bearer];
        if (facts.Publishable)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PublishableKeyScheme, document)] = [] });
            // A key that does not open (unknown here, revoked, rotated out) is 401; each key has its own limit.
            ProblemResponses.Add(operation, document, StatusCodes.Status401Unauthorized);
            ProblemResponses.Add(operation, document, StatusCodes.Status429TooManyRequests);
        }

        if (tenantScoped && !facts.Anonymous)
        {
            ProblemResponses.Add(operation, document, StatusCodes.Status403Forbidden);
        }
    }

    private static void RequireIdempotencyKey(OpenApiOperation operation)
    {
        var existing = operation.Parameters!.OfType<OpenApiParameter>()
            .FirstOrDefault(p => p.In == ParameterLocation.Header && string.Equals(p.Name, IdempotencyHeader, StringComparison.OrdinalIgnoreCase));
        var parameter = existing ?? new OpenApiParameter { Name = IdempotencyHeader, In = ParameterLocation.Header };
        parameter.Name = IdempotencyHeader;
        parameter.Required = true;
        parameter.Description = "A key you choose (1-255 characters), new for each intended operation. Retrying with the same key and body "
            + "replays the first response; the same key with another body is 422; while the first request is still running, 409.";
        parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255 };
        if (existing is null)
        {
            operation.Parameters!.Add(parameter);
        }
    }

    private static async Task ApplyAlternativesAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        foreach (var alternatives in context.Description.ActionDescriptor.EndpointMetadata.OfType<AlternativeResponsesMetadata>())
        {
            List<IOpenApiSchema> views = [];
            foreach (var type in alternatives.Types)
            {
                var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
                if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
                {
                    document.AddComponent(type.Name, schema);
                }

                views.Add(new OpenApiSchemaReference(type.Name, document));
            }

            var key = alternatives.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses![key] is OpenApiResponse response)
            {
                response.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchema { AnyOf = views } },
                };
            }
        }
    }

    /// <summary>Files and images: a byte stream, not an untyped body.</summary>
    private static void DescribeBinaryContent(OpenApiOperation operation)
    {
        foreach (var response in operation.Responses!.Values.OfType<OpenApiResponse>())
        {
            foreach (var (type, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media.Schema is null && !type.Contains("json", StringComparison.Ordinal))
                {
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }
    }

    private static string Describe(string? own, UseCaseFacts facts, bool tenantScoped)
    {
        List<string> parts = [];
        if (!string.IsNullOrWhiteSpace(own))
        {
            parts.Add(own.Trim());
        }

        parts.Add(facts switch
        {
            { SignInRequired: true, Roles.Count: 1 } => $"Needs a bearer access token with the role `{facts.Roles[0]}`.",
            { SignInRequired: true, Roles.Count: > 1 } => $"Needs a bearer access token with one of the roles {Quote(facts.Roles)}.",
            { SignInRequired: true } => "Needs a bearer access token (any signed-in user; ownership is checked where it applies).",
            { Anonymous: true } => "Called by the provider, not by people: no sign-in; the request is authenticated by its signature.",
            _ => "Anyone may call it; a bearer token, when sent, identifies the caller.",
        });
        if (facts.ApiScope is { } scope)
        {
            parts.Add($"A secret API key with the scope `{scope}` may call it too, acting for the seller or admin it belongs to.");
        }

        if (facts.Publishable)
        {
            parts.Add("A storefront may call it with a publishable key alone (X-Api-Key).");
        }

        if (tenantScoped)
        {
            parts.Add("Runs in one region: the host name selects it, else the X-Tenant header.");
        }

        if (facts.Idempotent)
        {
            parts.Add("Requires an Idempotency-Key header.");
        }

        return string.Join(" ", parts);
    }

    private static string Quote(IEnumerable<string> roles) => string.Join(", ", roles.Select(r => $"`{r}`"));

    internal static JsonNode? Node(string value) => JsonValue.Create(value);
}
