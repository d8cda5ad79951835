using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.VerifyPhone;

[Authorize]
[Transaction(TransactionPolicy.KeepFailures)]
public sealed record VerifyPhoneCommand(string Phone, string Code) : ICommand<Result<Success>>;
