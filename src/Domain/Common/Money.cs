using System.Globalization;

namespace CustomiseYou.Domain.Common;

/// <summary>
/// An amount in one currency. Arithmetic refuses to mix currencies; <see cref="Round"/> rounds half-even to the
/// currency's minor unit, and minor units (paise, cents) for providers are computed only here.
/// </summary>
public sealed class Money : ValueObject, IComparable<Money>
{
    // Used by EF Core to materialise a stored price; it then sets the fields directly.
    private Money() => Currency = string.Empty;

    private Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    [NotPersonalData("an ISO 4217 code")]
    public string Currency { get; }

    public static Money Of(decimal amount, string currency)
    {
        if (!Common.Currency.IsSupported(currency))
        {
            throw new DomainException(Error.Rule("currency.unsupported", $"Currency '{currency}' is not supported."));
        }

        return new Money(amount, currency);
    }

    public static Money Zero(string currency) => Of(0m, currency);

    public static Money FromMinorUnits(long minorUnits, string currency) =>
        Of(minorUnits / Pow10(Common.Currency.DigitsOf(currency)), currency);

    /// <summary>Rounds half-even (banker's rounding) to the currency's minor unit.</summary>
    public Money Round() => new(decimal.Round(Amount, Common.Currency.DigitsOf(Currency), MidpointRounding.ToEven), Currency);

    /// <summary>The amount in the currency's minor unit, after half-even rounding; what payment providers expect.</summary>
    public long ToMinorUnits() => decimal.ToInt64(Round().Amount * Pow10(Common.Currency.DigitsOf(Currency)));

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    public Money Add(Money other) => new(Amount + SameCurrency(other).Amount, Currency);

    public Money Subtract(Money other) => new(Amount - SameCurrency(other).Amount, Currency);

    public Money Multiply(decimal factor) => new(Amount * factor, Currency);

    public int CompareTo(Money? other) => other is null ? 1 : Amount.CompareTo(SameCurrency(other).Amount);

    public static Money operator +(Money left, Money right) => left.Add(right);

    public static Money operator -(Money left, Money right) => left.Subtract(right);

    public static Money operator *(Money money, decimal factor) => money.Multiply(factor);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    protected override IEnumerable<object?> GetEqualityComponents()
    {
        yield return Amount;
        yield return Currency;
    }

    private Money SameCurrency(Money other) =>
        string.Equals(other.Currency, Currency, StringComparison.Ordinal)
            ? other
            : throw new DomainException(Error.Rule(
                "money.currency_mismatch", $"Cannot combine {Currency} with {other.Currency}."));

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
