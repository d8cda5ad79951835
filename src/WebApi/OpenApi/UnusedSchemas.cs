using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>Drops component schemas that nothing references any more (replaced by the shared problem schema, inlined).</summary>
internal static class UnusedSchemas
{
    public static void Remove(OpenApiDocument document)
    {
        var operations = References.Operations(document);
        var roots = operations.SelectMany(o => References.RequestSchemas(o)
            .Concat(References.ResponseSchemas(o))
            .Concat((o.Parameters ?? []).Select(p => p.Schema))
            .Concat(References.Responses(o).SelectMany(r => r.Headers?.Values.Select(h => h.Schema) ?? [])));
        var used = References.Reachable(document, roots);
        foreach (var id in document.Components?.Schemas?.Keys.Where(id => !used.Contains(id)).ToList() ?? [])
        {
            document.Components!.Schemas!.Remove(id);
        }
    }
}
