using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.SendPhoneCode;

/// <summary>Sends a code to a phone the signed-in user wants to prove is theirs.</summary>
[Authorize]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record SendPhoneCodeCommand(string Phone) : ICommand<Result<Success>>;
