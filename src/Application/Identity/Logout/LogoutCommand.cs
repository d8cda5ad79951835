using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.Logout;

public sealed record LogoutCommand(string RefreshToken) : ICommand<Result<Success>>;
