using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.RejectKyc;

/// <summary>An admin rejects a submitted KYC application with a reason the seller will see.</summary>
[Authorize(Roles.Admin)]
public sealed record RejectKycCommand(Guid SellerId, string Reason) : ICommand<Result<SellerDto>>;
