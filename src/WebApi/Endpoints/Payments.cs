using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Application.Payments.ConfirmPayment;
using CustomiseYou.Application.Payments.GetOrderTransactions;
using CustomiseYou.Application.Payments.GetPayment;
using CustomiseYou.Application.Payments.HandleWebhook;
using CustomiseYou.Application.Payments.RefundOrder;
using CustomiseYou.Domain.Payments;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Payments : IEndpointGroup
{
    /// <summary>Provider events are small; anything bigger is not one of theirs.</summary>
    private const int MaxWebhookBytes = 512 * 1024;

    public void Map(IEndpointRouteBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Payments").AllowAnonymous();
        MapWebhook(webhooks, "/stripe", PaymentProvider.Stripe);
        MapWebhook(webhooks, "/razorpay", PaymentProvider.Razorpay);
        MapWebhook(webhooks, "/paypal", PaymentProvider.PayPal);

        api.MapGet("/checkouts/{checkoutId:guid}/payment", async (Guid checkoutId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetPaymentQuery(checkoutId), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetPaymentQuery>()
            .WithTags("Payments")
            .WithSummary("The checkout's payment: Pending, Succeeded or Failed (with the provider's reason), and how much was refunded.")
            .Produces<PaymentStatusDto>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/checkouts/{checkoutId:guid}/payment/confirm",
                async (Guid checkoutId, [FromBody] ConfirmRequest? body, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new ConfirmPaymentCommand(checkoutId, body?.ProviderPaymentId, body?.PaymentId, body?.Signature), ct))
                    .ToHttp(http, TypedResults.Ok))
            .UseCase<ConfirmPaymentCommand>()
            .WithTags("Payments")
            .WithSummary("After the customer paid in the provider's SDK: Razorpay's callback (paymentId, signature), "
                + "PayPal's approval (captured here), Stripe (state read back).")
            .Produces<PaymentStatusDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/orders/{id:guid}/transactions", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetOrderTransactionsQuery(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetOrderTransactionsQuery>()
            .WithTags("Payments")
            .WithSummary("The order's ledger: charges and refunds for its customer, the seller's share for its seller, everything for admins.")
            .Produces<IReadOnlyList<TransactionDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/admin/orders/{id:guid}/refunds",
                async (Guid id, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, [FromBody] RefundRequest body,
                        ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new RefundOrderCommand(id, body.Amount, body.Reason, idempotencyKey ?? string.Empty), ct))
                    .ToHttp(http, refund => TypedResults.Created($"/api/v1/orders/{id}/transactions", refund)))
            .UseCase<RefundOrderCommand>()
            .WithTags("Payments")
            .WithSummary("Refunds part or all of a paid order through its provider; "
                + "fee and seller share are reversed in proportion (admin, Idempotency-Key).")
            .Produces<RefundDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static void MapWebhook(RouteGroupBuilder webhooks, string path, PaymentProvider provider) =>
        webhooks.MapPost(path, async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                // The signature covers the exact bytes received, so the body is read raw, never model-bound, and read at
                // most one character past the limit, so a body without a Content-Length cannot grow without bound either.
                var tooLarge = Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The webhook body is too large.");
                if (http.Request.ContentLength > MaxWebhookBytes)
                {
                    return tooLarge;
                }

                using var reader = new StreamReader(http.Request.Body);
                var buffer = new char[MaxWebhookBytes + 1];
                var length = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
                if (length > MaxWebhookBytes)
                {
                    return tooLarge;
                }

                var body = new string(buffer, 0, length);
                var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                return (await sender.Send(new HandlePaymentWebhookCommand(provider, headers, body), ct)).ToHttp(http, TypedResults.Ok);
            })
            .UseCase<HandlePaymentWebhookCommand>($"Handle{provider}Webhook")
            .WithMetadata(new WebhookMetadata(provider), new RequestSizeLimitAttribute(MaxWebhookBytes))
            .WithSummary($"{provider} events; the signature is checked on the raw body "
                + "(bad signature 400, repeated delivery 200 with no second effect).")
            .WithDescription("400 says which check failed (signature header missing or malformed, timestamp outside the tolerance, "
                + "signed with another secret, not an event); 404 when the region pays through another provider; 422 when a verified "
                + "success reports another amount than the payment's, or (offline development only) names a payment the region does not have.")
            .Produces<WebhookAck>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public sealed record ConfirmRequest(string? ProviderPaymentId, string? PaymentId, string? Signature);

    public sealed record RefundRequest(decimal Amount, string Reason);
}
