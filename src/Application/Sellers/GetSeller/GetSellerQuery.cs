using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.GetSeller;

/// <summary>Anyone may ask; the answer depends on who asks (see <see cref="GetSellerResult"/>).</summary>
[PublishableKeyAllowed]
public sealed record GetSellerQuery(Guid Id) : IQuery<Result<GetSellerResult>>;
