using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using FluentValidation;

namespace CustomiseYou.Application.Notifications.UpdateNotificationPreferences;

public sealed class UpdateNotificationPreferencesValidator : AbstractValidator<UpdateNotificationPreferencesCommand>
{
    public UpdateNotificationPreferencesValidator(ITenantContext tenantContext)
    {
        RuleFor(c => c).Must(c => c.Locale is not null || c.Categories is not null)
            .OverridePropertyName("body").WithMessage("Supply locale and/or categories.");
        RuleFor(c => c.Locale!)
            .Must(locale => UserLocales.Match(locale, tenantContext.Tenant) is not null)
            .WithMessage(_ => NotificationErrors.UnsupportedLocale(tenantContext.Tenant.Locales))
            .When(c => c.Locale is not null);
        RuleFor(c => c.Categories!)
            .Must(categories => categories.Select(c => c.Category).Distinct().Count() == categories.Count)
            .WithMessage("Each category may appear once.")
            .When(c => c.Categories is { } categories && categories.All(c => c is not null));
        RuleForEach(c => c.Categories).NotNull().WithMessage("A category entry cannot be null.");
        RuleForEach(c => c.Categories).ChildRules(category =>
        {
            category.RuleFor(c => c.Category).IsInEnum();
            category.RuleFor(c => c.Email).Equal(true)
                .When(c => c.Category.IsTransactional())
                .WithMessage(c => NotificationPreferences.TransactionalEmailRequired(c.Category).Message);
        });
    }
}
