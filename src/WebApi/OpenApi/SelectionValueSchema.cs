using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>One answer to a customisation option, in the shapes SelectionParser accepts and the API returns.</summary>
internal static class SelectionValueSchema
{
    public const string Id = "SelectionValue";
    private const string Marker = "x-customiseyou-selection-value";

    /// <summary>
    /// Set while schemas are generated, when references cannot be made yet; <see cref="UseComponent"/> swaps each placeholder
    /// for a reference to one shared component, so clients get one SelectionValue type.
    /// </summary>
    public static OpenApiSchema Placeholder()
    {
        var schema = Create();
        schema.Extensions = new Dictionary<string, IOpenApiExtension> { [Marker] = new JsonNodeExtension(JsonValue.Create(true)) };
        return schema;
    }

    public static void UseComponent(OpenApiDocument document)
    {
        var found = false;
        foreach (var schema in Walk(document))
        {
            if (schema is OpenApiSchema { AdditionalProperties: OpenApiSchema { Extensions: { } extensions } } map && extensions.ContainsKey(Marker))
            {
                map.AdditionalProperties = new OpenApiSchemaReference(Id, document);
                found = true;
            }
        }

        if (found)
        {
            document.Components!.Schemas![Id] = Create();
        }
    }

    private static IEnumerable<IOpenApiSchema> Walk(OpenApiDocument document)
    {
        var roots = (document.Components?.Schemas?.Values ?? [])
            .Concat(References.Operations(document).SelectMany(o => References.RequestSchemas(o).Concat(References.ResponseSchemas(o))));
        var pending = new Stack<IOpenApiSchema>(roots.OfType<OpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            yield return schema;
            foreach (var child in References.Children(schema).OfType<OpenApiSchema>())
            {
                pending.Push(child);
            }
        }
    }

    private static OpenApiSchema Create() => new()
    {
        Description = "A text, a choice key, a hex colour, a yyyy-MM-dd date or an upload id (string); a number; several choice keys "
            + "(array of strings); or a text with a font.",
        OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.String },
            new OpenApiSchema { Type = JsonSchemaType.Number },
            new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "text" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["text"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["font"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One of the option's fonts." },
                },
            },
        ],
    };
}
