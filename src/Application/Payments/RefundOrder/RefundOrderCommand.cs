using System.Text.Json.Serialization;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payments.RefundOrder;

/// <summary>An admin refunds part or all of a paid order, through the provider that took the money (Idempotency-Key required).</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record RefundOrderCommand(Guid OrderId, decimal Amount, string Reason, [property: JsonIgnore] string IdempotencyKey)
    : ICommand<Result<RefundDto>>, IIdempotentCommand;
