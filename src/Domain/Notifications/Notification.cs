using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Notifications;

/// <summary>
/// An in-app message in the recipient's inbox, rendered in their language when the event was dispatched. One per
/// event, recipient and template: it is written in the same transaction that marks the event dispatched.
/// </summary>
public sealed class Notification : AggregateRoot<Guid>
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 1000;

    private Notification(
        Guid id, Guid eventId, Guid recipientId, NotificationCategory category, string template, string title, string body, DateTimeOffset createdAt)
        : base(id)
    {
        EventId = eventId;
        RecipientId = recipientId;
        Category = category;
        Template = template;
        Title = title;
        Body = body;
        CreatedAt = createdAt;
    }

    /// <summary>The outbox message (domain event) this notification came from.</summary>
    public Guid EventId { get; private set; }

    public Guid RecipientId { get; private set; }

    public NotificationCategory Category { get; private set; }

    /// <summary>The template key, e.g. <c>order.paid</c>; apps may use it to pick an icon or a screen.</summary>
    [NotPersonalData("a template key")]
    public string Template { get; private set; }

    [PersonalData(PersonalDataCategory.Content)]
    public string Title { get; private set; }

    [PersonalData(PersonalDataCategory.Content)]
    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Create(
        Guid id, Guid eventId, Guid recipientId, NotificationCategory category, string template, string title, string body, DateTimeOffset now) =>
        new(id, eventId, recipientId, category, template, Clip(title, TitleMaxLength), Clip(body, BodyMaxLength), now);

    /// <summary>Idempotent: reading it again keeps the first read time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    // Rendered text with long user-supplied values (a rejection reason) is shortened rather than refused.
    private static string Clip(string text, int maxLength) => text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
}
