using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.UpdateMe;

/// <summary>Changes the caller's name and/or phone; a new phone is unverified until a code proves it.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateMeCommand(string? FullName, Optional<string?> Phone) : ICommand<Result<MeDto>>;
