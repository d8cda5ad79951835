using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.DecideReturn;

/// <summary>The seller approves or rejects a return request, then confirms the goods came back (stock restored).</summary>
[Authorize]
[ApiScope(ApiScopes.OrdersWrite)]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record DecideReturnCommand(Guid Id, Guid ReturnId, ReturnDecision Decision, string? Reason)
    : ICommand<Result<OrderDetailDto>>;
