using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.Logout;

[PublishableKeyAllowed]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record LogoutCommand(string RefreshToken) : ICommand<Result<Success>>;
