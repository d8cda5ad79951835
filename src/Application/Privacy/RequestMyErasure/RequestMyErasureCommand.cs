using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestMyErasure;

/// <summary>The caller asks to be forgotten; <see cref="Reason"/> is required where the region's rules say so.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RequestMyErasureCommand(string? Reason) : ICommand<Result<PrivacyRequestDto>>;
