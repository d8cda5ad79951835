using CustomiseYou.Domain.Payments;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>Endpoint metadata: the endpoint receives <see cref="Provider"/>'s signed webhook events.</summary>
public sealed record WebhookMetadata(PaymentProvider Provider);

/// <summary>
/// Webhook bodies are read raw (the signature covers the exact bytes), so the generator sees no body: this declares the
/// provider's event shape (the fields the gateway reads; providers send more) and its signature headers.
/// </summary>
internal sealed class WebhookOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<WebhookMetadata>().LastOrDefault() is not { } webhook)
        {
            return Task.CompletedTask;
        }

        var (headers, body) = webhook.Provider switch
        {
            PaymentProvider.Stripe => (["Stripe-Signature"], Stripe()),
            PaymentProvider.Razorpay => (["X-Razorpay-Signature"], Razorpay()),
            PaymentProvider.PayPal => ((string[])
                ["PAYPAL-AUTH-ALGO", "PAYPAL-CERT-URL", "PAYPAL-TRANSMISSION-ID", "PAYPAL-TRANSMISSION-SIG", "PAYPAL-TRANSMISSION-TIME"],
                PayPal()),
            _ => throw new InvalidOperationException($"No webhook contract for {webhook.Provider}."),
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = $"The event exactly as {webhook.Provider} sends it (at most 512 KB); the signature covers these bytes.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = body } },
        };
        operation.Parameters ??= [];
        foreach (var header in headers)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header,
                In = ParameterLocation.Header,
                Required = true,
                Description = $"Set by {webhook.Provider}; a missing or wrong signature is 400.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        ProblemResponses.Add(operation, context.Document!, StatusCodes.Status400BadRequest);
        ProblemResponses.Add(operation, context.Document!, StatusCodes.Status413PayloadTooLarge);
        return Task.CompletedTask;
    }

    private static OpenApiSchema Stripe() => Event(
        "A Stripe event: payment_intent.succeeded and payment_intent.payment_failed are acted on, others acknowledged.",
        ("id", Text()), ("type", Text()), ("data", Event(null, ("object", Event(null, ("id", Text()), ("status", Text()), ("currency", Text()))))));

    private static OpenApiSchema Razorpay() => Event(
        "A Razorpay event: payment.captured, payment.failed, payment.authorized and order.paid are acted on.",
        ("event", Text()),
        ("payload", Event(null, ("payment", Event(null, ("entity", Event(null, ("id", Text()), ("order_id", Text()))))))));

    private static OpenApiSchema PayPal() => Event(
        "A PayPal event: PAYMENT.CAPTURE.COMPLETED, PAYMENT.CAPTURE.DENIED and CHECKOUT.ORDER.APPROVED are acted on.",
        ("id", Text()), ("event_type", Text()), ("resource", new OpenApiSchema { Type = JsonSchemaType.Object }));

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema Event(string? description, params (string Name, OpenApiSchema Schema)[] fields) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Required = new HashSet<string>(fields.Select(f => f.Name)),
        Properties = fields.ToDictionary(f => f.Name, f => (IOpenApiSchema)f.Schema),
    };
}
