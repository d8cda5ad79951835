using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Sellers.UpdateSeller;

public sealed class UpdateSellerHandler(ISellerRepository sellers, ICurrentUser currentUser) : ICommandHandler<UpdateSellerCommand, Result<SellerDto>>
{
    public async ValueTask<Result<SellerDto>> Handle(UpdateSellerCommand command, CancellationToken cancellationToken)
    {
        var seller = await sellers.GetByIdAsync(command.Id, cancellationToken);
        if (seller is null)
        {
            return SellerErrors.NotFound(command.Id);
        }

        if (!currentUser.CanManage(seller.OwnerUserId))
        {
            return SellerErrors.NotOwner;
        }

        seller.UpdateProfile(command.BusinessName, command.Address?.ToAddress(), command.PayoutAccount);
        return seller.ToDto();
    }
}
