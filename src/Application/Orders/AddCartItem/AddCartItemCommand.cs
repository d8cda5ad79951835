using System.Text.Json;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.AddCartItem;

/// <summary>Adds a product (with its customisation) to the cart; the same product and selection merge into one line.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record AddCartItemCommand(Guid ProductId, int Quantity, IReadOnlyDictionary<string, JsonElement>? Selections)
    : ICommand<Result<CartLineDto>>;
