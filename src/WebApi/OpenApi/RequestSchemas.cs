using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>
/// The generator marks every constructor parameter required. Responses write every property (null included), but a
/// request may leave out whatever may be null: in every schema a request uses, nullable properties are optional
/// (so a client never has to send <c>"line2": null</c>). Schemas only responses use keep them required.
/// </summary>
internal static class RequestSchemas
{
    public static void RelaxRequired(OpenApiDocument document)
    {
        var operations = References.Operations(document);
        var requests = References.Reachable(document, operations.SelectMany(References.RequestSchemas));
        foreach (var id in requests)
        {
            if (document.Components!.Schemas![id] is OpenApiSchema { Required: { Count: > 0 } required, Properties: { } properties })
            {
                Optional(required, properties);
            }
        }

        foreach (var inline in operations.SelectMany(References.RequestSchemas).OfType<OpenApiSchema>())
        {
            if (inline is { Required: { } required, Properties: { } properties })
            {
                Optional(required, properties);
            }
        }
    }

    private static void Optional(ISet<string> required, IDictionary<string, IOpenApiSchema> properties)
    {
        foreach (var name in required.Where(name => properties.TryGetValue(name, out var property) && References.AdmitsNull(property)).ToList())
        {
            required.Remove(name);
        }
    }
}
