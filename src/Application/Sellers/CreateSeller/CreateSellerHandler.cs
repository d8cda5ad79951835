using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Sellers.CreateSeller;

/// <summary>
/// One seller per user and region; only a user with a verified email may apply. The seller role reaches the
/// caller's access token at its next refresh.
/// </summary>
public sealed class CreateSellerHandler(ISellerRepository sellers, IUserRepository users, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateSellerCommand, Result<SellerDto>>
{
    public async ValueTask<Result<SellerDto>> Handle(CreateSellerCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var user = await users.GetByIdAsync(userId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound(userId);
        }

        if (!user.EmailVerified)
        {
            return SellerErrors.EmailUnverified;
        }

        if (await sellers.GetByOwnerAsync(userId, cancellationToken) is not null)
        {
            return SellerErrors.AlreadyExists;
        }

        var seller = Seller.Apply(
            Guid.CreateVersion7(),
            userId,
            command.BusinessName,
            command.LegalName,
            command.Address.ToAddress(),
            command.PayoutAccount,
            clock.GetUtcNow());
        sellers.Add(seller);
        user.GrantRole(Roles.Seller);
        return seller.ToDto();
    }
}
