using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payments.GetOrderTransactions;

/// <summary>The money movements of one order: the customer sees charges and refunds, the seller its share, admins everything.</summary>
[Authorize]
[ApiScope(ApiScopes.OrdersRead)]
public sealed record GetOrderTransactionsQuery(Guid OrderId) : IQuery<Result<IReadOnlyList<TransactionDto>>>;
