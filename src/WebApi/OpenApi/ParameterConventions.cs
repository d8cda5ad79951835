using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>camelCase query names (binding ignores case), the list bounds every list shares, and documented value sets.</summary>
internal static class ParameterConventions
{
    public static void Apply(OpenApiOperation operation, IList<object> metadata)
    {
        var allowed = metadata.OfType<AllowedValuesMetadata>().ToDictionary(a => a.Parameter, a => a.Values, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in operation.Parameters!.OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name)
            {
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
            }

            if (parameter.Schema is not OpenApiSchema schema || parameter.Name is null)
            {
                continue;
            }

            if (allowed.TryGetValue(parameter.Name, out var values))
            {
                schema.Type = JsonSchemaType.String;
                schema.Pattern = null;
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }

            if (parameter.In == ParameterLocation.Query)
            {
                Describe(parameter, schema);
            }
        }
    }

    private static void Describe(OpenApiParameter parameter, OpenApiSchema schema)
    {
        switch (parameter.Name)
        {
            case "limit":
                schema.Minimum = "1";
                schema.Maximum = "100";
                schema.Default = JsonValue.Create(20);
                parameter.Description ??= "Items per page (1-100).";
                break;
            case "cursor":
                parameter.Description ??= "The nextCursor of the previous page; omit for the first page.";
                break;
        }
    }
}
