using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>Walks schemas through their component references.</summary>
internal static class References
{
    public static List<OpenApiOperation> Operations(OpenApiDocument document) =>
        [.. document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])];

    public static IEnumerable<IOpenApiSchema?> RequestSchemas(OpenApiOperation operation) =>
        operation.RequestBody?.Content?.Values.Select(m => m.Schema) ?? [];

    public static IEnumerable<IOpenApiSchema?> ResponseSchemas(OpenApiOperation operation) =>
        Responses(operation).SelectMany(r => r.Content?.Values.Select(m => m.Schema) ?? []);

    public static IEnumerable<IOpenApiResponse> Responses(OpenApiOperation operation) =>
        operation.Responses?.Values.AsEnumerable() ?? [];

    public static HashSet<string> Reachable(OpenApiDocument document, IEnumerable<IOpenApiSchema?> roots)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (found.Add(id) && document.Components?.Schemas?.TryGetValue(id, out var target) == true)
                {
                    pending.Push(target);
                }

                continue;
            }

            foreach (var child in Children(schema))
            {
                pending.Push(child);
            }
        }

        return found;
    }

    public static bool AdmitsNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true
        || schema.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true
        || schema.AnyOf?.Any(s => s.Type == JsonSchemaType.Null) == true;

    public static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema) =>
        (schema.Properties?.Values ?? [])
            .Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties)
            .OfType<IOpenApiSchema>();
}
