namespace CustomiseYou.Domain.Sellers;

/// <summary><c>Draft → Submitted → Verified | Rejected</c>; <c>Rejected → Submitted</c> after new documents.</summary>
public enum KycStatus
{
    Draft,
    Submitted,
    Verified,
    Rejected,
}

public enum KycDocumentKind
{
    IdentityProof,
    AddressProof,
    BusinessRegistration,
    TaxRegistration,
    BankStatement,
}
