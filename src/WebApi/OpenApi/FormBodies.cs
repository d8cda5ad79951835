using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>
/// A multipart form as one flat object of its fields. The generator writes one <c>allOf</c> member per form parameter
/// (a file and a text field); Kiota turns that into a JSON model it cannot send as a form, where one object of fields
/// is its <c>MultipartBody</c>. Fields the server requires and the enum a text field takes come from
/// <see cref="FormFieldsMetadata"/>.
/// </summary>
internal static class FormBodies
{
    private const string Multipart = "multipart/form-data";

    public static async Task FlattenAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content?.TryGetValue(Multipart, out var media) != true || media!.Schema is not OpenApiSchema schema)
        {
            return;
        }

        var fields = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in (schema.AllOf ?? []).Append(schema).OfType<OpenApiSchema>())
        {
            foreach (var (name, field) in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                fields[name] = field;
            }

            required.UnionWith(part.Required ?? new HashSet<string>());
        }

        var document = context.Document!;
        foreach (var facts in context.Description.ActionDescriptor.EndpointMetadata.OfType<FormFieldsMetadata>())
        {
            required.UnionWith(facts.Required);
            foreach (var (name, type) in facts.Enums.Where(e => fields.ContainsKey(e.Key)))
            {
                // The enum's own component, as in the responses that carry it, so clients get one type for it.
                var enumSchema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
                if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
                {
                    document.AddComponent(type.Name, enumSchema);
                }

                fields[name] = new OpenApiSchemaReference(type.Name, document);
            }
        }

        media.Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = fields, Required = required };
    }
}
