using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.Login;

[PublishableKeyAllowed]
[Transaction(TransactionPolicy.KeepFailures)]
public sealed record LoginCommand(string Email, string Password) : ICommand<Result<TokenPair>>;
