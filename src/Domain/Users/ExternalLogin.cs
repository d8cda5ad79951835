using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Users;

/// <summary>A link from an account to an identity at Google or Apple (the provider's stable subject id).</summary>
public sealed record ExternalLogin(
    [property: NotPersonalData("the provider's name: google or apple")] string Provider,
    [property: PersonalData(PersonalDataCategory.Identity)] string Subject);
