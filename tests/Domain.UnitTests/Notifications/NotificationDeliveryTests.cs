using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;

namespace CustomiseYou.Domain.UnitTests.Notifications;

public sealed class NotificationDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Backoff_doubles_from_the_base_delay_up_to_the_cap()
    {
        var policy = new DeliveryRetryPolicy(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(3));

        Enumerable.Range(1, 6).Select(policy.DelayAfter).ShouldBe(
            [
                TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2),
                TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3),
            ]);
        policy.DelayAfter(int.MaxValue).ShouldBe(TimeSpan.FromMinutes(3));
    }

    [Fact]
    public void A_policy_needs_at_least_one_attempt_and_a_cap_not_below_the_base() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new DeliveryRetryPolicy(0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

    [Fact]
    public void A_scheduled_delivery_is_due_now_with_its_own_copy_of_the_amount()
    {
        var amount = Money.Of(12.5m, "EUR");
        var values = new Dictionary<string, string> { ["orderNumber"] = "1A2B3C4D" };

        var email = NotificationDelivery.Schedule(
            Guid.NewGuid(), Guid.NewGuid(), NotificationChannel.Email, NotificationCategory.Payment, "order.paid", values, amount, Now);
        values["orderNumber"] = "changed";

        email.Status.ShouldBe(DeliveryStatus.Pending);
        email.NextAttemptAt.ShouldBe(Now);
        email.Attempts.ShouldBe(0);
        email.Amount.ShouldBe(amount);
        email.Amount.ShouldNotBeSameAs(amount);
        email.Values["orderNumber"].ShouldBe("1A2B3C4D");
    }

    [Fact]
    public void In_app_notifications_are_not_deliveries() =>
        Should.Throw<ArgumentException>(() =>
            NotificationDelivery.Schedule(
                Guid.NewGuid(), Guid.NewGuid(), NotificationChannel.InApp, NotificationCategory.Order, "order.placed",
                new Dictionary<string, string>(), null, Now));

    [Fact]
    public void Only_a_dead_letter_can_be_retried()
    {
        var delivery = NotificationDelivery.Schedule(
            Guid.NewGuid(), Guid.NewGuid(), NotificationChannel.Sms, NotificationCategory.Order, "order.shipped",
            new Dictionary<string, string>(), null, Now);

        Should.Throw<DomainException>(() => delivery.Retry(Now)).Error.Code.ShouldBe("notification.not_dead_lettered");
        Should.Throw<InvalidOperationException>(() => delivery.MarkSent(Now), "an outcome needs a claim first");
    }

    [Fact]
    public void Reading_a_notification_again_keeps_the_first_read_time()
    {
        var notification = Notification.Create(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), NotificationCategory.Order, "order.placed", "Title", "Body", Now);

        notification.MarkRead(Now.AddMinutes(1));
        notification.MarkRead(Now.AddMinutes(5));

        notification.ReadAt.ShouldBe(Now.AddMinutes(1));
    }

    [Fact]
    public void Overlong_rendered_text_is_shortened_not_refused()
    {
        var notification = Notification.Create(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), NotificationCategory.Kyc, "kyc.rejected",
            new string('t', 300), new string('b', 2000), Now);

        notification.Title.Length.ShouldBe(Notification.TitleMaxLength);
        notification.Body.Length.ShouldBe(Notification.BodyMaxLength);
        notification.Body.ShouldEndWith("…");
    }
}
