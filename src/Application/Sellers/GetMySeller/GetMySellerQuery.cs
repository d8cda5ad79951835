using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.GetMySeller;

/// <summary>The caller's own seller, in full.</summary>
[Authorize]
public sealed record GetMySellerQuery : IQuery<Result<SellerDto>>;
