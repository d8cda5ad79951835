using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.Register;

public sealed record RegisterCommand(string Email, string Password, string FullName, string? Phone) : ICommand<Result<RegisterResult>>;

public sealed record RegisterResult(Guid UserId);
