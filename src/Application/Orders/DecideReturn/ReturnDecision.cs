using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.DecideReturn;

public enum ReturnDecision
{
    Approve,
    Reject,
    Received,
}

public static class ReturnDecisions
{
    /// <summary>Route segments as they appear in URLs: <c>approve</c>, <c>reject</c>, <c>received</c>.</summary>
    public const string RoutePattern = "^(approve|reject|received)$";

    public static ReturnDecision Parse(string segment) => Enum.Parse<ReturnDecision>(segment, ignoreCase: true);
}
