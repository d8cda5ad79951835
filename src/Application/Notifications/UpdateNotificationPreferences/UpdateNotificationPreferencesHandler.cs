using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Notifications.UpdateNotificationPreferences;

public sealed class UpdateNotificationPreferencesHandler(
    IUserRepository users,
    INotificationPreferencesRepository preferencesRepository,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    TimeProvider clock)
    : ICommandHandler<UpdateNotificationPreferencesCommand, Result<NotificationPreferencesDto>>
{
    public async ValueTask<Result<NotificationPreferencesDto>> Handle(
        UpdateNotificationPreferencesCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var user = await users.GetByIdAsync(userId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound(userId);
        }

        var tenant = tenantContext.Tenant;
        if (command.Locale is not null)
        {
            user.ChangeLocale(UserLocales.Match(command.Locale, tenant)!);
        }

        var now = clock.GetUtcNow();
        var preferences = await preferencesRepository.GetAsync(userId, cancellationToken);
        if (command.Categories is { } categories)
        {
            if (preferences is null)
            {
                preferences = NotificationPreferences.CreateDefault(userId, now);
                preferencesRepository.Add(preferences);
            }

            foreach (var category in categories)
            {
                preferences.Set(category.Category, category.Email, category.Sms, category.InApp, now);
            }
        }

        return NotificationPreferencesDto.From(
            preferences ?? NotificationPreferences.CreateDefault(userId, now), UserLocales.EffectiveFor(user, tenant), tenant.Locales);
    }
}
