namespace CustomiseYou.Domain.Common;

/// <summary>What kind of personal data a stored value is; the privacy inventory (docs/privacy.md) is grouped by it.</summary>
public enum PersonalDataCategory
{
    /// <summary>Names a person or an account: full name, legal name, roles, a provider's subject id.</summary>
    Identity,

    /// <summary>Reaches a person: email address, phone number.</summary>
    Contact,

    /// <summary>Where a person lives or receives goods.</summary>
    Address,

    /// <summary>What a person wrote or made: customisation text, notes, free-text reasons.</summary>
    Content,

    /// <summary>Points at a person's money elsewhere: payout account ids, payment references (never card data).</summary>
    FinancialReference,

    /// <summary>Traces a person's devices and requests: user agents, masked addresses, request replays, event payloads.</summary>
    Technical,
}

/// <summary>
/// Marks a stored property that holds personal data. Every personal value is exported by a privacy area and erased
/// or anonymised by it; a test fails for any stored text property carrying neither this nor <see cref="NotPersonalDataAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class PersonalDataAttribute(PersonalDataCategory category) : Attribute
{
    public PersonalDataCategory Category { get; } = category;
}

/// <summary>Records the decision that a stored text property holds no personal data, and why.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class NotPersonalDataAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}
