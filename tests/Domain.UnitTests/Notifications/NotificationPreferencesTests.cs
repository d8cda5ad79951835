using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;

namespace CustomiseYou.Domain.UnitTests.Notifications;

public sealed class NotificationPreferencesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void By_default_transactional_messages_use_every_channel_and_marketing_none()
    {
        var preferences = NotificationPreferences.CreateDefault(Guid.NewGuid(), Now);

        preferences.Categories.Select(c => c.Category).ShouldBe(NotificationCategories.All);
        foreach (var channel in Enum.GetValues<NotificationChannel>())
        {
            preferences.Allows(NotificationCategory.Order, channel).ShouldBeTrue();
            preferences.Allows(NotificationCategory.Kyc, channel).ShouldBeTrue();
            preferences.Allows(NotificationCategory.Marketing, channel).ShouldBeFalse("marketing needs an opt-in");
        }
    }

    [Theory]
    [InlineData(NotificationCategory.Order)]
    [InlineData(NotificationCategory.Payment)]
    [InlineData(NotificationCategory.Refund)]
    [InlineData(NotificationCategory.Payout)]
    [InlineData(NotificationCategory.Kyc)]
    public void Transactional_email_cannot_be_switched_off(NotificationCategory category)
    {
        var preferences = NotificationPreferences.CreateDefault(Guid.NewGuid(), Now);

        var error = Should.Throw<DomainException>(() => preferences.Set(category, email: false, sms: false, inApp: false, Now)).Error;

        error.Code.ShouldBe("notification.transactional_email_required");
        error.Type.ShouldBe(ErrorType.Validation);
        preferences.Allows(category, NotificationChannel.Email).ShouldBeTrue();
    }

    [Fact]
    public void Other_channels_and_marketing_follow_the_users_choice()
    {
        var preferences = NotificationPreferences.CreateDefault(Guid.NewGuid(), Now);

        preferences.Set(NotificationCategory.Payment, email: true, sms: false, inApp: false, Now.AddMinutes(1));
        preferences.Set(NotificationCategory.Marketing, email: true, sms: false, inApp: true, Now.AddMinutes(1));
        preferences.Set(NotificationCategory.Marketing, email: false, sms: false, inApp: true, Now.AddMinutes(2));

        preferences.For(NotificationCategory.Payment).ShouldBe(new CategoryPreference(NotificationCategory.Payment, true, false, false));
        preferences.For(NotificationCategory.Marketing).ShouldBe(new CategoryPreference(NotificationCategory.Marketing, false, false, true));
        preferences.For(NotificationCategory.Order).ShouldBe(NotificationPreferences.DefaultFor(NotificationCategory.Order));
        preferences.UpdatedAt.ShouldBe(Now.AddMinutes(2));
    }
}
