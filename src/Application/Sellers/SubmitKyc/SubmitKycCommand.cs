using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.SubmitKyc;

/// <summary>The owner sends the KYC application for review (again, after a rejection and a new document).</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record SubmitKycCommand(Guid SellerId) : ICommand<Result<KycStatusDto>>;
