using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Sellers.Events;

namespace CustomiseYou.Domain.Sellers;

/// <summary>
/// A shop owned by one user. Only a <see cref="KycStatus.Verified"/> seller may publish products; every KYC step
/// is kept in <see cref="KycHistory"/> with its actor and time.
/// </summary>
public sealed class Seller : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;
    public const int MaxDocuments = 20;

    private readonly List<KycDocument> _documents = [];
    private readonly List<KycDecision> _kycHistory = [];

    // Complex properties such as the address cannot be constructor parameters for EF Core; factories set them.
    private Seller(Guid id, Guid ownerUserId, string businessName, string legalName, string country, DateTimeOffset createdAt)
        : base(id)
    {
        OwnerUserId = ownerUserId;
        BusinessName = businessName;
        LegalName = legalName;
        Country = country;
        Address = null!;
        CreatedAt = createdAt;
    }

    public Guid OwnerUserId { get; private set; }

    /// <summary>Sole traders often trade under their own name, so it counts as identity data.</summary>
    [PersonalData(PersonalDataCategory.Identity)]
    public string BusinessName { get; private set; }

    [PersonalData(PersonalDataCategory.Identity)]
    public string LegalName { get; private set; }

    [NotPersonalData("a country code alone identifies nobody; kept for tax and currency rules")]
    public string Country { get; private set; }

    public Address Address { get; private set; }

    /// <summary>Stripe Connect account id (acct_…) or Razorpay linked account id (acc_…) that receives payouts.</summary>
    [PersonalData(PersonalDataCategory.FinancialReference)]
    public string? PayoutAccount { get; private set; }

    public KycStatus KycStatus { get; private set; }

    [PersonalData(PersonalDataCategory.Content)]
    public string? RejectionReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<KycDocument> Documents => _documents.AsReadOnly();

    public IReadOnlyCollection<KycDecision> KycHistory => _kycHistory.AsReadOnly();

    public bool IsVerified => KycStatus == KycStatus.Verified;

    public static Seller Apply(
        Guid id, Guid ownerUserId, string businessName, string legalName, Address address, string? payoutAccount, DateTimeOffset now)
    {
        var seller = new Seller(id, ownerUserId, businessName.Trim(), legalName.Trim(), address.Country, now)
        {
            Address = address,
            PayoutAccount = payoutAccount,
        };
        seller._kycHistory.Add(new KycDecision(KycStatus.Draft, ownerUserId, now, null));
        return seller;
    }

    public void UpdateProfile(string? businessName, Address? address, string? payoutAccount)
    {
        BusinessName = businessName?.Trim() ?? BusinessName;
        if (address is not null)
        {
            Address = address;
            Country = address.Country;
        }

        PayoutAccount = payoutAccount ?? PayoutAccount;
    }

    /// <summary>Documents are added while the application is being prepared or after a rejection, never while under review.</summary>
    public KycDocument AddDocument(Guid id, KycDocumentKind kind, string fileKey, FileKind fileKind, long sizeBytes, DateTimeOffset now)
    {
        if (KycStatus is KycStatus.Submitted or KycStatus.Verified)
        {
            throw Conflict("seller.kyc_locked", $"Documents cannot be added while KYC is {KycStatus}.");
        }

        if (_documents.Count >= MaxDocuments)
        {
            throw new DomainException(Error.Rule("seller.kyc_too_many_documents", $"A seller keeps at most {MaxDocuments} KYC documents."));
        }

        var document = new KycDocument(id, kind, fileKey, fileKind, sizeBytes, now);
        _documents.Add(document);
        return document;
    }

    public void Submit(DateTimeOffset now)
    {
        if (KycStatus is not (KycStatus.Draft or KycStatus.Rejected))
        {
            throw Conflict("seller.kyc_transition", $"KYC cannot be submitted from {KycStatus}.");
        }

        // Loaded rows come back in no particular order, so the latest step is found by time, not position.
        var lastChange = _kycHistory.Max(step => step.At);
        var hasNewDocument = KycStatus == KycStatus.Draft ? _documents.Count > 0 : _documents.Any(d => d.UploadedAt > lastChange);
        if (!hasNewDocument)
        {
            throw new DomainException(Error.Rule(
                "seller.kyc_documents_required",
                KycStatus == KycStatus.Draft ? "Upload at least one document before submitting." : "Upload a new document before resubmitting."));
        }

        Move(KycStatus.Submitted, OwnerUserId, now, null);
    }

    public void Approve(Guid adminId, DateTimeOffset now)
    {
        RequireSubmitted();
        RejectionReason = null;
        Move(KycStatus.Verified, adminId, now, null);
    }

    public void Reject(Guid adminId, string reason, DateTimeOffset now)
    {
        RequireSubmitted();
        RejectionReason = reason.Trim();
        Move(KycStatus.Rejected, adminId, now, RejectionReason);
    }

    /// <summary>
    /// Right to erasure for the owner: names, address, payout account, rejection notes and KYC documents go; the row
    /// stays (orders and payouts name the seller) under a placeholder name. Returns the keys of the document files to
    /// delete from the file store.
    /// </summary>
    public IReadOnlyList<string> Erase()
    {
        var fileKeys = _documents.Select(d => d.FileKey).ToList();
        _documents.Clear();
        BusinessName = ErasedName;
        LegalName = ErasedName;
        Address = new Address(ErasedValue, null, ErasedValue, null, ErasedValue, Country);
        PayoutAccount = null;
        RejectionReason = null;
        for (var i = 0; i < _kycHistory.Count; i++)
        {
            if (_kycHistory[i].Reason is not null)
            {
                _kycHistory[i] = _kycHistory[i] with { Reason = null };
            }
        }

        return fileKeys;
    }

    public const string ErasedName = "Erased seller";
    public const string ErasedValue = "[erased]";

    private void RequireSubmitted()
    {
        if (KycStatus != KycStatus.Submitted)
        {
            throw Conflict("seller.kyc_transition", $"Only a submitted KYC can be decided; this one is {KycStatus}.");
        }
    }

    private void Move(KycStatus status, Guid actorId, DateTimeOffset now, string? reason)
    {
        KycStatus = status;
        _kycHistory.Add(new KycDecision(status, actorId, now, reason));
        Raise(new SellerKycChanged(Id, status, now));
    }

    private static DomainException Conflict(string code, string message) => new(Error.Conflict(code, message));
}
