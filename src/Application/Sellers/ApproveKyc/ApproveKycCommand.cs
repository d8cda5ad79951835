using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.ApproveKyc;

/// <summary>An admin verifies a submitted KYC application; recorded with the admin and the time.</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record ApproveKycCommand(Guid SellerId) : ICommand<Result<SellerDto>>;
