using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.Register;

[PublishableKeyAllowed]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record RegisterCommand(string Email, string Password, string FullName, string? Phone)
    : ICommand<Result<RegisterResult>>;

public sealed record RegisterResult(Guid UserId);
