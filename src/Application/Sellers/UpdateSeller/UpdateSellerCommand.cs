using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.UpdateSeller;

/// <summary>Partial update by the owner or an admin: only supplied fields change.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateSellerCommand(Guid Id, string? BusinessName, AddressDto? Address, string? PayoutAccount)
    : ICommand<Result<SellerDto>>;
