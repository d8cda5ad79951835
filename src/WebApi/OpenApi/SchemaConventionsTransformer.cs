using System.Text.Json;
using CustomiseYou.Application.Common.Models;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>
/// Schemas as the JSON really is: enums are strings, <see cref="Optional{T}"/> is its value, decimals say so, and a
/// customisation selection is a map of <see cref="SelectionValueSchema"/>, not an empty object.
/// </summary>
internal sealed class SchemaConventionsTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. (schema.Enum ?? []).Where(value => value is not null)];
        }
        else if (underlying == typeof(decimal))
        {
            schema.Format = "decimal";
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            // Written only when present in a PATCH body; the value itself is what the client sends.
            var value = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, cancellationToken);
            // Optional<T> marks PATCH fields where null is a value of its own ("remove"), so null is always allowed.
            schema.Type = value.Type | JsonSchemaType.Null;
            schema.Format = value.Format;
            schema.Pattern = value.Pattern;
            schema.Enum = value.Enum;
        }
        else if (IsSelectionMap(type))
        {
            schema.AdditionalProperties = SelectionValueSchema.Placeholder();
            schema.Description ??= "Option key to the customer's answer.";
        }
    }

    /// <summary>Selections are the only string-keyed maps of JSON values in the API (requests and the snapshots it returns).</summary>
    private static bool IsSelectionMap(Type type) =>
        type == typeof(IReadOnlyDictionary<string, JsonElement>) || type == typeof(IReadOnlyDictionary<string, object?>);
}
