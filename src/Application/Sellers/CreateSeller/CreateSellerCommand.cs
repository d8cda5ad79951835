using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.CreateSeller;

/// <summary>The caller applies to sell: they become the owner of a new seller in <c>Draft</c> KYC and get the seller role.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record CreateSellerCommand(string BusinessName, string LegalName, string Country, AddressDto Address, string? PayoutAccount)
    : ICommand<Result<SellerDto>>;
