using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payouts.Events;

namespace CustomiseYou.Domain.Payouts;

/// <summary>
/// One payment to a seller for one period, unique on (seller, period) in the database so a period is never paid twice.
/// Created in bulk by set-based SQL; executed through the provider with its own id as the idempotency key; a failed
/// attempt is retried with exponential backoff and, after the last one, marked Failed with the provider's reason.
/// </summary>
public sealed class Payout : AggregateRoot<Guid>
{
    private readonly List<PayoutItem> _items = [];

    private Payout(Guid id) : base(id)
    {
        Period = null!;
        Amount = null!;
    }

    public Guid SellerId { get; private set; }

    /// <summary>The tenant-local date the payout run was for, e.g. <c>2026-11-30</c>.</summary>
    [NotPersonalData("a date")]
    public string Period { get; private set; }

    public Money Amount { get; private set; }

    public PayoutStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    [NotPersonalData("the provider's error text")]
    public string? LastError { get; private set; }

    [PersonalData(PersonalDataCategory.FinancialReference)]
    public string? ProviderReference { get; private set; }

    public Guid RunId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>The completed orders this payout settles (Razorpay releases their held transfers).</summary>
    public IReadOnlyCollection<PayoutItem> Items => _items.AsReadOnly();

    /// <summary>For the embedded database, which plans payouts in code; PostgreSQL creates them in one statement with the same rules.</summary>
    public static Payout Plan(Guid id, Guid sellerId, string period, Money amount, IEnumerable<PayoutItem> items, Guid runId, DateTimeOffset now)
    {
        var payout = new Payout(id)
        {
            SellerId = sellerId,
            Period = period,
            Amount = Money.Of(amount.Amount, amount.Currency),
            Status = PayoutStatus.Pending,
            NextAttemptAt = now,
            RunId = runId,
            CreatedAt = now,
        };
        payout._items.AddRange(items.Select(i => i with { Amount = Money.Of(i.Amount.Amount, i.Amount.Currency) }));
        return payout;
    }

    public void Succeed(string providerReference, DateTimeOffset now)
    {
        if (Status == PayoutStatus.Succeeded)
        {
            return;
        }

        Status = PayoutStatus.Succeeded;
        ProviderReference = providerReference;
        PaidAt = now;
        LastError = null;
        Attempts++;
        Raise(new PayoutSent(Id, SellerId, Amount.Amount, Amount.Currency, Period, now));
    }

    /// <summary>Waits 1, 2, 4, ... minutes between attempts; after <paramref name="maxAttempts"/> the payout is Failed for good.</summary>
    public void Fail(string reason, DateTimeOffset now, int maxAttempts)
    {
        Attempts++;
        LastError = reason.Length > 500 ? reason[..500] : reason;
        if (Attempts >= maxAttempts)
        {
            Status = PayoutStatus.Failed;
            Raise(new PayoutFailed(Id, SellerId, LastError, now));
            return;
        }

        Status = PayoutStatus.Pending;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Pow(2, Attempts - 1));
    }
}

public sealed record PayoutItem(Guid OrderId, Money Amount)
{
    // For EF Core, which sets the owned Amount after construction.
    private PayoutItem() : this(Guid.Empty, null!)
    {
    }
}

public enum PayoutStatus
{
    Pending,
    Succeeded,
    Failed,
}
