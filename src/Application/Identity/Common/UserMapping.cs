using CustomiseYou.Domain.Users;

namespace CustomiseYou.Application.Identity.Common;

internal static class UserMapping
{
    public static MeDto ToMeDto(this User user) =>
        new(user.Id, user.Email, user.EmailVerified, user.FullName, user.Phone, user.PhoneVerified, [.. user.Roles], user.CreatedAt);
}
