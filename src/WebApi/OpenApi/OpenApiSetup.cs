using System.Text.Json.Serialization;
using CustomiseYou.Application.Common.Models;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

public static class OpenApiSetup
{
    /// <summary>The served document at /openapi/v1.json, shaped by this folder's transformers.</summary>
    public static IServiceCollection AddOpenApiContract(this IServiceCollection services)
    {
        // Numbers are numbers: no "1299.00" strings, so the schema is `number`, not `number | string` with a pattern.
        services.Configure<JsonOptions>(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = type =>
                type.Type.IsGenericType && type.Type.GetGenericTypeDefinition() == typeof(Optional<>)
                    ? null
                    : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            options.AddSchemaTransformer<SchemaConventionsTransformer>();
            options.AddOperationTransformer<OperationContractTransformer>();
            options.AddOperationTransformer<WebhookOperationTransformer>();
            options.AddDocumentTransformer<DocumentContractTransformer>();
        });
        return services;
    }
}
