using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Sellers.SubmitKyc;

public sealed class SubmitKycHandler(ISellerRepository sellers, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SubmitKycCommand, Result<KycStatusDto>>
{
    public async ValueTask<Result<KycStatusDto>> Handle(SubmitKycCommand command, CancellationToken cancellationToken)
    {
        var seller = await sellers.GetByIdAsync(command.SellerId, cancellationToken);
        if (seller is null)
        {
            return SellerErrors.NotFound(command.SellerId);
        }

        if (seller.OwnerUserId != currentUser.RequiredUserId)
        {
            return SellerErrors.NotOwner;
        }

        seller.Submit(clock.GetUtcNow());
        return new KycStatusDto(seller.Id, seller.KycStatus);
    }
}
