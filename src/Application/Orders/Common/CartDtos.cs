using CustomiseYou.Application.Common.Models;

namespace CustomiseYou.Application.Orders.Common;

public sealed record CartLineDto(
    Guid Id, Guid ProductId, string Title, int Quantity, MoneyDto UnitPrice, MoneyDto LineTotal, int? CustomizationVersion,
    IReadOnlyDictionary<string, object?>? Selection);

public sealed record CartDto(IReadOnlyList<CartLineDto> Items, MoneyDto Total);
