using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Sellers;

/// <summary>A postal address; <see cref="Country"/> is ISO 3166-1 alpha-2.</summary>
public sealed record Address(
    [property: PersonalData(PersonalDataCategory.Address)] string Line1,
    [property: PersonalData(PersonalDataCategory.Address)] string? Line2,
    [property: PersonalData(PersonalDataCategory.Address)] string City,
    [property: PersonalData(PersonalDataCategory.Address)] string? Region,
    [property: PersonalData(PersonalDataCategory.Address)] string PostalCode,
    [property: NotPersonalData("a country code alone identifies nobody; kept for tax and currency rules")] string Country);
