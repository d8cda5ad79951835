using FluentValidation;

namespace CustomiseYou.Application.Notifications.ListMyNotifications;

public sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.Cursor).MaximumLength(200);
    }
}
