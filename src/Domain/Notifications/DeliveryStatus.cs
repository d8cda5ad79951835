namespace CustomiseYou.Domain.Notifications;

/// <summary>
/// <c>Pending → Sending → Sent</c>; a failed attempt goes <c>Sending → Failed</c> (due again at its next attempt time)
/// until the attempts run out (<c>DeadLettered</c>); an admin may put a dead letter back to <c>Pending</c>.
/// </summary>
public enum DeliveryStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
    DeadLettered,
}
