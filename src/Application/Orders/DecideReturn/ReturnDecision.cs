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
