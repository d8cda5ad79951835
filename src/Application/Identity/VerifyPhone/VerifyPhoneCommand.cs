using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.VerifyPhone;

[Authorize]
public sealed record VerifyPhoneCommand(string Phone, string Code) : ICommand<Result<Success>>, ICommitFailedResult;
