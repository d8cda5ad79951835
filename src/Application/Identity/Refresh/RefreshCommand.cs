using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.Refresh;

[PublishableKeyAllowed]
[Transaction(TransactionPolicy.KeepFailures)]
public sealed record RefreshCommand(string RefreshToken) : ICommand<Result<TokenPair>>;
