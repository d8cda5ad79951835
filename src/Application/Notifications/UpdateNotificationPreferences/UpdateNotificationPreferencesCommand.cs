using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.UpdateNotificationPreferences;

/// <summary>
/// Changes the caller's language and/or the channels of the listed categories (others keep theirs). Also behind
/// <c>PUT /me/locale</c>, with the locale only.
/// </summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateNotificationPreferencesCommand(string? Locale, IReadOnlyList<CategoryPreferenceInput>? Categories)
    : ICommand<Result<NotificationPreferencesDto>>;
