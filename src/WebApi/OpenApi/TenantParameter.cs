using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.WebApi.Infrastructure;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>The X-Tenant header of every regional route, naming this deployment's regions.</summary>
internal static class TenantParameter
{
    public static OpenApiParameter Create(IServiceProvider services)
    {
        var tenants = services.GetRequiredService<ITenantStore>().All;
        return new OpenApiParameter
        {
            Name = TenantResolutionMiddleware.TenantHeader,
            In = ParameterLocation.Header,
            Required = false,
            Description = "The region (tenant) the request runs in, when the host name does not select one: "
                + string.Join(", ", tenants.Select(t => $"`{t.Id}` ({t.Name})"))
                + ". Missing on a regional route: 400. Unknown: 404.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z0-9-]{1,64}$" },
            Example = tenants.Count > 0 ? OperationContractTransformer.Node(tenants[0].Id) : null,
        };
    }
}
