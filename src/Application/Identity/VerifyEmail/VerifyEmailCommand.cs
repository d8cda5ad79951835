using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.VerifyEmail;

public sealed record VerifyEmailCommand(string Email, string Code) : ICommand<Result<Success>>, ICommitFailedResult;
