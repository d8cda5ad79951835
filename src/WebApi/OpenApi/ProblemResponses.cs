using System.Globalization;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>The one problem-details schema (RFC 9457 plus code, traceId, errors) every error response of the document uses.</summary>
internal static class ProblemResponses
{
    public const string SchemaId = "ProblemDetails";
    public const string MediaType = "application/problem+json";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "The request is invalid: `errors` names each field. Also when no region could be resolved on a regional route.",
        [401] = "No valid access token was sent.",
        [403] = "The caller lacks the role or is not the owner, the token was issued by another region, "
            + "or a browser page's origin is not allowed in this region.",
        [404] = "The resource does not exist here (or belongs to someone else). Also when the region is unknown.",
        [409] = "The request conflicts with the current state (an illegal transition, a duplicate, a request still in flight).",
        [410] = "The resource existed but is gone for good (an expired download link).",
        [413] = "The request body is larger than this operation accepts.",
        [415] = "The body is not of a media type this operation accepts.",
        [422] = "The request breaks a business rule; `errors` names each failing field or option.",
        [429] = "Too many requests: wait the seconds in Retry-After.",
        [503] = "A provider this operation needs is unavailable: retry after the seconds in Retry-After.",
    };

    public static OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. `code` is stable and machine-readable; quote `traceId` when reporting a problem.",
        Required = new HashSet<string> { "type", "title", "status", "code", "traceId" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI reference naming the problem type (urn:customiseyou:problem:{code})."),
            ["title"] = Text("A short summary of the problem type."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = Text("What went wrong in this occurrence."),
            ["instance"] = Text("The request path."),
            ["code"] = Text("A stable machine-readable code, such as validation, auth.required, order.illegal_transition."),
            ["traceId"] = Text("The trace id of the request, also in the server's logs."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Messages per camelCase field path (400), option key (422) or reason (409).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    public static bool IsError(string statusKey) =>
        int.TryParse(statusKey, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status >= 400;

    /// <summary>Adds <paramref name="status"/> as a problem response unless the operation already declares it.</summary>
    public static void Add(OpenApiOperation operation, OpenApiDocument document, int status)
    {
        operation.Responses ??= [];
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (!operation.Responses.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse();
        }

        Normalize(operation, document, key);
    }

    /// <summary>Every error response: the shared schema as application/problem+json, and a description of when it happens.</summary>
    public static void Normalize(OpenApiOperation operation, OpenApiDocument document, string key)
    {
        if (operation.Responses![key] is not OpenApiResponse response)
        {
            return;
        }

        response.Content = new Dictionary<string, OpenApiMediaType>
        {
            [MediaType] = new() { Schema = new OpenApiSchemaReference(SchemaId, document) },
        };
        var status = int.Parse(key, CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(response.Description) || response.Description == ReasonPhrase(status))
        {
            response.Description = Descriptions.GetValueOrDefault(status, ReasonPhrase(status));
        }

        if (status is 429 or 503)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before trying again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            };
        }
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
