using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Sellers.ApproveKyc;

public sealed class ApproveKycHandler(ISellerRepository sellers, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ApproveKycCommand, Result<SellerDto>>
{
    public async ValueTask<Result<SellerDto>> Handle(ApproveKycCommand command, CancellationToken cancellationToken)
    {
        var seller = await sellers.GetByIdAsync(command.SellerId, cancellationToken);
        if (seller is null)
        {
            return SellerErrors.NotFound(command.SellerId);
        }

        seller.Approve(currentUser.RequiredUserId, clock.GetUtcNow());
        return seller.ToDto();
    }
}
