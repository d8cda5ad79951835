using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using Mediator;

namespace CustomiseYou.Application.Payments.GetOrderTransactions;

public sealed class GetOrderTransactionsHandler(OrderAccess access, ILedger ledger)
    : IQueryHandler<GetOrderTransactionsQuery, Result<IReadOnlyList<TransactionDto>>>
{
    private static readonly TransactionKind[] CustomerKinds = [TransactionKind.Charge, TransactionKind.Refund];
    private static readonly TransactionKind[] SellerKinds =
        [TransactionKind.SellerTransfer, TransactionKind.TransferReversal, TransactionKind.Payout];

    public async ValueTask<Result<IReadOnlyList<TransactionDto>>> Handle(GetOrderTransactionsQuery query, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(query.OrderId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var visible = loaded.Value.Actor switch
        {
            OrderActor.Customer => CustomerKinds,
            OrderActor.Seller => SellerKinds,
            _ => Enum.GetValues<TransactionKind>(),
        };
        var rows = await ledger.ForOrderAsync(query.OrderId, cancellationToken);
        return rows.Where(r => visible.Contains(r.Kind)).OrderBy(r => r.CreatedAt).ThenBy(r => r.Kind).Select(TransactionDto.From).ToList();
    }
}
