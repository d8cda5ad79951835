using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.VerifyEmail;

[PublishableKeyAllowed]
[Transaction(TransactionPolicy.KeepFailures)]
public sealed record VerifyEmailCommand(string Email, string Code) : ICommand<Result<Success>>;
