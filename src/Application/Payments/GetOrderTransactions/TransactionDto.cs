using CustomiseYou.Application.Common.Models;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Payments.GetOrderTransactions;

public sealed record TransactionDto(
    Guid Id, string Kind, MoneyDto Amount, string Provider, string? ProviderReference, string Status, Guid? CorrelationId, DateTimeOffset CreatedAt)
{
    public static TransactionDto From(LedgerTransaction t) => new(
        t.Id, t.Kind.ToString(), MoneyDto.From(t.Amount), t.Provider.ToString(), t.ProviderReference, t.Status.ToString(), t.CorrelationId,
        t.CreatedAt);
}
