using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.UnitTests.Common;

public sealed class MoneyTests
{
    public static TheoryData<string, decimal, decimal> HalfEvenRoundingCases => new()
    {
        { "INR", 10.005m, 10.00m },
        { "INR", 10.015m, 10.02m },
        { "INR", 10.025m, 10.02m },
        { "EUR", 10.005m, 10.00m },
        { "EUR", 10.015m, 10.02m },
        { "EUR", 10.025m, 10.02m },
        { "EUR", 10.0251m, 10.03m },
        { "EUR", -10.015m, -10.02m },
        { "EUR", -10.025m, -10.02m },
        { "JPY", 1234.5m, 1234m },
        { "JPY", 1235.5m, 1236m },
        { "JPY", 1234.4m, 1234m },
        { "BHD", 1.0005m, 1.000m },
        { "BHD", 1.0015m, 1.002m },
        { "BHD", 1.2345m, 1.234m },
        { "BHD", 1.2355m, 1.236m },
    };

    public static TheoryData<string, decimal, long> MinorUnitCases => new()
    {
        { "INR", 1234.56m, 123456L },  // paise
        { "INR", 10.005m, 1000L },
        { "INR", 10.015m, 1002L },
        { "EUR", 19.99m, 1999L },      // cents
        { "EUR", 0.025m, 2L },
        { "EUR", 0m, 0L },
        { "JPY", 1234m, 1234L },       // the yen is its own minor unit
        { "JPY", 1234.5m, 1234L },
        { "JPY", 1235.5m, 1236L },
        { "BHD", 1.2345m, 1234L },     // fils
        { "INR", -10.015m, -1002L },
        { "EUR", -0.01m, -1L },
        { "JPY", -1235.5m, -1236L },
    };

    [Theory]
    [MemberData(nameof(HalfEvenRoundingCases))]
    public void Round_rounds_half_even_to_the_currency_minor_unit(string currency, decimal amount, decimal expected)
    {
        var rounded = Money.Of(amount, currency).Round();

        rounded.Amount.ShouldBe(expected);
        rounded.Currency.ShouldBe(currency);
    }

    [Fact]
    public void Round_keeps_the_original_unchanged()
    {
        var money = Money.Of(10.005m, "EUR");

        _ = money.Round();

        money.Amount.ShouldBe(10.005m);
    }

    [Theory]
    [MemberData(nameof(MinorUnitCases))]
    public void ToMinorUnits_gives_the_rounded_amount_in_the_minor_unit(string currency, decimal amount, long expected) =>
        Money.Of(amount, currency).ToMinorUnits().ShouldBe(expected);

    [Theory]
    [InlineData(123456L, "INR", "1234.56")]
    [InlineData(1999L, "EUR", "19.99")]
    [InlineData(1234L, "JPY", "1234")]
    [InlineData(1234L, "BHD", "1.234")]
    [InlineData(-1002L, "INR", "-10.02")]
    [InlineData(0L, "EUR", "0")]
    public void FromMinorUnits_divides_by_the_minor_unit(long minorUnits, string currency, string expected)
    {
        var money = Money.FromMinorUnits(minorUnits, currency);

        money.Amount.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        money.Currency.ShouldBe(currency);
    }

    [Theory]
    [InlineData(0L, "INR")]
    [InlineData(1L, "INR")]
    [InlineData(123456L, "EUR")]
    [InlineData(-987654L, "EUR")]
    [InlineData(1234L, "JPY")]
    [InlineData(-5L, "JPY")]
    [InlineData(1234567L, "BHD")]
    [InlineData(long.MaxValue / 1000, "BHD")]
    public void FromMinorUnits_round_trips_through_to_minor_units(long minorUnits, string currency) =>
        Money.FromMinorUnits(minorUnits, currency).ToMinorUnits().ShouldBe(minorUnits);

    [Fact]
    public void Add_sums_amounts_of_the_same_currency()
    {
        var sum = Money.Of(10.50m, "EUR") + Money.Of(2.25m, "EUR");

        sum.ShouldBe(Money.Of(12.75m, "EUR"));
        Money.Of(1m, "INR").Add(Money.Of(2m, "INR")).ShouldBe(Money.Of(3m, "INR"));
    }

    [Fact]
    public void Subtract_subtracts_amounts_of_the_same_currency_and_may_go_negative()
    {
        var difference = Money.Of(2.25m, "EUR") - Money.Of(10.50m, "EUR");

        difference.ShouldBe(Money.Of(-8.25m, "EUR"));
        difference.IsNegative.ShouldBeTrue();
        Money.Of(5m, "INR").Subtract(Money.Of(5m, "INR")).IsZero.ShouldBeTrue();
    }

    [Fact]
    public void Multiply_scales_the_amount_without_rounding()
    {
        var product = Money.Of(10.00m, "EUR") * 0.175m;

        product.ShouldBe(Money.Of(1.75m, "EUR"));
        Money.Of(3.33m, "INR").Multiply(0.5m).Amount.ShouldBe(1.665m);
        Money.Of(3.33m, "INR").Multiply(0.5m).Currency.ShouldBe("INR");
    }

    [Fact]
    public void Zero_is_zero_and_not_negative()
    {
        var zero = Money.Zero("JPY");

        zero.Amount.ShouldBe(0m);
        zero.Currency.ShouldBe("JPY");
        zero.IsZero.ShouldBeTrue();
        zero.IsNegative.ShouldBeFalse();
    }

    [Fact]
    public void Comparisons_order_amounts_of_the_same_currency()
    {
        var small = Money.Of(1.00m, "EUR");
        var large = Money.Of(2.00m, "EUR");
        var sameAsSmall = Money.Of(1.0m, "EUR");

        (small < large).ShouldBeTrue();
        (large > small).ShouldBeTrue();
        (small <= sameAsSmall).ShouldBeTrue();
        (small >= sameAsSmall).ShouldBeTrue();
        (large <= small).ShouldBeFalse();
        (small >= large).ShouldBeFalse();
        small.CompareTo(large).ShouldBeLessThan(0);
        large.CompareTo(small).ShouldBeGreaterThan(0);
        small.CompareTo(sameAsSmall).ShouldBe(0);
        small.CompareTo(null).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("Add")]
    [InlineData("Subtract")]
    [InlineData("CompareTo")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("<=")]
    [InlineData(">=")]
    public void Mixing_currencies_is_refused(string operation)
    {
        var euros = Money.Of(10m, "EUR");
        var rupees = Money.Of(10m, "INR");

        var exception = Should.Throw<DomainException>(() => Apply(operation, euros, rupees));

        exception.Error.Code.ShouldBe("money.currency_mismatch");
        exception.Error.Type.ShouldBe(ErrorType.RuleViolation);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("eur")]
    [InlineData("")]
    [InlineData(null)]
    public void Of_refuses_an_unsupported_currency(string? currency)
    {
        var exception = Should.Throw<DomainException>(() => Money.Of(1m, currency!));

        exception.Error.Code.ShouldBe("currency.unsupported");
    }

    [Fact]
    public void Other_factories_refuse_an_unsupported_currency()
    {
        Should.Throw<DomainException>(() => Money.Zero("ABC")).Error.Code.ShouldBe("currency.unsupported");
        Should.Throw<DomainException>(() => Money.FromMinorUnits(100, "ABC")).Error.Code.ShouldBe("currency.unsupported");
        Should.Throw<DomainException>(() => Currency.DigitsOf("ABC")).Error.Code.ShouldBe("currency.unsupported");
    }

    [Fact]
    public void Equality_ignores_the_scale_of_the_amount()
    {
        var a = Money.Of(10.0m, "EUR");
        var b = Money.Of(10.00m, "EUR");

        (a == b).ShouldBeTrue();
        (a != b).ShouldBeFalse();
        a.Equals(b).ShouldBeTrue();
        a.Equals((object)b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Equality_distinguishes_currency_and_amount()
    {
        var euros = Money.Of(10m, "EUR");

        (euros == Money.Of(10m, "INR")).ShouldBeFalse();
        (euros != Money.Of(10m, "INR")).ShouldBeTrue();
        euros.Equals(Money.Of(10.01m, "EUR")).ShouldBeFalse();
        euros.Equals(null).ShouldBeFalse();
    }

    [Fact]
    public void ToString_shows_amount_and_currency_invariantly() =>
        Money.Of(1234.5m, "EUR").ToString().ShouldBe("1234.5 EUR");

    private static object Apply(string operation, Money left, Money right) => operation switch
    {
        "Add" => left.Add(right),
        "Subtract" => left.Subtract(right),
        "CompareTo" => left.CompareTo(right),
        "+" => left + right,
        "-" => left - right,
        "<" => left < right,
        ">" => left > right,
        "<=" => left <= right,
        ">=" => left >= right,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation."),
    };
}
