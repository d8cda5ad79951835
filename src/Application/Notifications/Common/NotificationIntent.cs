using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;

namespace CustomiseYou.Application.Notifications.Common;

/// <summary>
/// "Tell this user about this, with this template": what a rule makes of a domain event. The dispatcher turns it
/// into an in-app notification and email/SMS deliveries, as the user's preferences allow.
/// </summary>
/// <param name="Values">The template's placeholder values; <c>{name}</c> and <c>{shop}</c> are added when rendering.</param>
/// <param name="Amount">Fills <c>{amount}</c>, formatted in the recipient's language.</param>
public sealed record NotificationIntent(
    Guid RecipientId, NotificationCategory Category, string Template, IReadOnlyDictionary<string, string> Values, Money? Amount = null);
