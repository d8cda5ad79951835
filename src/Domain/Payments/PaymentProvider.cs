namespace CustomiseYou.Domain.Payments;

/// <summary>
/// Who moves the money. A tenant picks Stripe, Razorpay or PayPal; <see cref="Manual"/> records money taken outside a
/// provider (an admin's mark-paid, the offline development default).
/// </summary>
public enum PaymentProvider
{
    Stripe,
    Razorpay,
    PayPal,
    Manual,
}
