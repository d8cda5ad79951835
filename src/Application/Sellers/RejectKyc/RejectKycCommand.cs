using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.RejectKyc;

/// <summary>An admin rejects a submitted KYC application with a reason the seller will see.</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RejectKycCommand(Guid SellerId, string Reason) : ICommand<Result<SellerDto>>;
