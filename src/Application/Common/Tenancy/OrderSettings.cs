namespace CustomiseYou.Application.Common.Tenancy;

/// <summary>How long an unpaid checkout holds its stock, and how long after delivery a return may be asked for.</summary>
public sealed record OrderSettings
{
    public int PaymentWindowMinutes { get; init; } = 30;

    public int ReturnWindowDays { get; init; } = 14;

    public TimeSpan PaymentWindow => TimeSpan.FromMinutes(PaymentWindowMinutes);

    public TimeSpan ReturnWindow => TimeSpan.FromDays(ReturnWindowDays);
}
