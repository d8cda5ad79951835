using CustomiseYou.Application.Orders.AddCartItem;
using CustomiseYou.Application.Orders.CancelOrder;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Orders.DecideReturn;
using CustomiseYou.Application.Orders.GetCart;
using CustomiseYou.Application.Orders.GetOrder;
using CustomiseYou.Application.Orders.ListOrders;
using CustomiseYou.Application.Orders.MarkOrderPaid;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Orders.RemoveCartItem;
using CustomiseYou.Application.Orders.RequestReturn;
using CustomiseYou.Application.Orders.UpdateCartItem;
using CustomiseYou.Application.Orders.UpdateOrderStatus;
using CustomiseYou.Domain.Orders;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Orders : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var cart = api.MapGroup("/cart").WithTags("Cart");
        cart.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCartQuery(), ct)))
            .UseCase<GetCartQuery>()
            .WithSummary("The caller's cart with current prices and the total.")
            .Produces<CartDto>();
        cart.MapPost("/items", async ([FromBody] AddCartItemCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, line => TypedResults.Created("/api/v1/cart", line)))
            .UseCase<AddCartItemCommand>()
            .WithSummary("Adds a product with its selections; identical product and selection merge into one line. 422 for an invalid selection.")
            .Produces<CartLineDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cart.MapPatch("/items/{id:guid}", async (Guid id, [FromBody] QuantityRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateCartItemCommand(id, body.Quantity), ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .UseCase<UpdateCartItemCommand>()
            .WithSummary("Changes the quantity of one cart line.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        cart.MapDelete("/items/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RemoveCartItemCommand(id), ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .UseCase<RemoveCartItemCommand>()
            .WithSummary("Removes one cart line.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/checkout",
                async ([FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, [FromBody] CheckoutRequest body,
                        ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new PlaceCheckoutCommand(body.ShippingAddress, idempotencyKey ?? string.Empty), ct))
                    .ToHttp(http, result => TypedResults.Created($"/api/v1/orders?checkoutId={result.CheckoutId}", result)))
            .UseCase<PlaceCheckoutCommand>()
            .WithTags("Orders")
            .WithSummary("Places one order per seller from the cart (Idempotency-Key required). "
                + "409 when prices changed (the cart then shows them) or stock is short.")
            .Produces<CheckoutResult>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders.MapGet("/", async (OrderStatus? status, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListOrdersQuery(false, status, limit ?? 20, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListOrdersQuery>("ListMyOrders")
            .WithSummary("The caller's orders, newest first, optionally by status.")
            .Produces<OrderPage>();
        orders.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetOrderQuery(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetOrderQuery>()
            .WithSummary("Items with their customisation snapshot, and the status history (customer, seller or admin).")
            .Produces<OrderDetailDto>().ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPost("/{id:guid}/cancel", async (Guid id, [FromBody] CancelRequest? body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new CancelOrderCommand(id, body?.Reason), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<CancelOrderCommand>()
            .WithSummary("Cancels an order that is not yet in production; a paid order is refunded.")
            .Produces<OrderDetailDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        orders.MapPost("/{id:guid}/returns", async (Guid id, [FromBody] ReturnRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RequestReturnCommand(id, body.Reason, body.Note), ct))
                .ToHttp(http, order => TypedResults.Created($"/api/v1/orders/{id}", order)))
            .UseCase<RequestReturnCommand>()
            .WithSummary("Asks to return a delivered order within the return window; the return's id is the order's id.")
            .Produces<OrderDetailDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var seller = api.MapGroup("/seller/orders").WithTags("Orders");
        seller.MapGet("/", async (OrderStatus? status, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListOrdersQuery(true, status, limit ?? 20, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListOrdersQuery>("ListSellerOrders")
            .WithSummary("The seller's order queue, newest first, optionally by status.")
            .Produces<OrderPage>();
        seller.MapPost("/{id:guid}/status", async (Guid id, [FromBody] StatusRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateOrderStatusCommand(id, body.Status, body.TrackingNumber), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<UpdateOrderStatusCommand>()
            .WithSummary("InProduction, Shipped (trackingNumber required) or Delivered; an illegal transition is 409.")
            .Produces<OrderDetailDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        seller.MapPost("/{id:guid}/returns/{returnId:guid}/{decision:regex(" + ReturnDecisions.RoutePattern + ")}",
                async (Guid id, Guid returnId, string decision, [FromBody] DecisionRequest? body,
                        ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new DecideReturnCommand(id, returnId, ReturnDecisions.Parse(decision), body?.Reason), ct))
                    .ToHttp(http, TypedResults.Ok))
            .UseCase<DecideReturnCommand>()
            .AllowedValues("decision", Enum.GetNames<ReturnDecision>().Select(name => name.ToLowerInvariant()))
            .WithSummary("approve | reject (with reason) | received (goods back, stock restored).")
            .Produces<OrderDetailDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/admin/orders/{id:guid}/mark-paid", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new MarkOrderPaidCommand(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<MarkOrderPaidCommand>()
            .WithTags("Orders")
            .WithSummary("Records a payment taken outside the provider flow (admin); reserved stock becomes sold.")
            .Produces<OrderDetailDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    public sealed record QuantityRequest(int Quantity);

    public sealed record CheckoutRequest(ShippingAddressDto ShippingAddress);

    public sealed record CancelRequest(string? Reason);

    public sealed record ReturnRequest(ReturnReason Reason, string? Note);

    public sealed record StatusRequest(OrderStatus Status, string? TrackingNumber);

    public sealed record DecisionRequest(string? Reason);
}
