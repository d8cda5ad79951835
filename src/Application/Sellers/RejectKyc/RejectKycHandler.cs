using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Sellers.RejectKyc;

public sealed class RejectKycHandler(ISellerRepository sellers, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RejectKycCommand, Result<SellerDto>>
{
    public async ValueTask<Result<SellerDto>> Handle(RejectKycCommand command, CancellationToken cancellationToken)
    {
        var seller = await sellers.GetByIdAsync(command.SellerId, cancellationToken);
        if (seller is null)
        {
            return SellerErrors.NotFound(command.SellerId);
        }

        seller.Reject(currentUser.RequiredUserId, command.Reason, clock.GetUtcNow());
        return seller.ToDto();
    }
}
