using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>
/// The subject's shop, if they own one. Orders and payouts name the seller, so erasure anonymises it
/// (<see cref="Seller.Erase"/>), deletes the KYC files and archives its products; an order still open at the shop blocks erasure.
/// </summary>
internal sealed class SellerArea(AppDbContext db, IFileStore files) : IPersonalDataArea
{
    public const string OpenSellerOrders = "openSellerOrders";

    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your seller profile: business and legal name, address, payout account, KYC status, the KYC review trail, "
        + "and the list of KYC documents you uploaded (kind, format, size, date).",
        "Ihr Verkäuferprofil: Geschäfts- und rechtlicher Name, Adresse, Auszahlungskonto, KYC-Status, der Verlauf der KYC-Prüfung "
        + "und die Liste Ihrer hochgeladenen KYC-Dokumente (Art, Format, Größe, Datum).",
        "आपकी विक्रेता प्रोफ़ाइल: व्यवसाय और कानूनी नाम, "
        + "पता, भुगतान खाता, KYC स्थिति, KYC समीक्षा का इतिहास, "
        + "और आपके द्वारा अपलोड किए गए KYC दस्तावेज़ों "
        + "की सूची (प्रकार, फ़ॉर्मेट, आकार, तारीख़)।");

    public string Name => "seller";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Seller)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var seller = await db.Sellers.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(s => s.OwnerUserId == userId, cancellationToken);
        return seller is null
            ? null
            : AreaExport.Of(new
            {
                seller.Id,
                seller.BusinessName,
                seller.LegalName,
                seller.Country,
                seller.Address,
                seller.PayoutAccount,
                seller.KycStatus,
                seller.RejectionReason,
                seller.CreatedAt,
                KycDocuments = seller.Documents.OrderBy(d => d.UploadedAt).Select(d => new { d.Id, d.Kind, d.FileKind, d.SizeBytes, d.UploadedAt }),
                // Reviewers' ids are left out: they are other people's data.
                KycHistory = seller.KycHistory.OrderBy(d => d.At).Select(d => new { d.Status, d.At, d.Reason }),
            });
    }

    public async Task<IReadOnlyList<ErasureBlocker>> FindBlockersAsync(Guid userId, CancellationToken cancellationToken)
    {
        var sellerId = await db.Sellers.Where(s => s.OwnerUserId == userId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (sellerId is null)
        {
            return [];
        }

        var open = await db.Orders.CountAsync(o => o.SellerId == sellerId && !OrderStatuses.Closed.Contains(o.Status), cancellationToken);
        return open == 0 ? [] : [new ErasureBlocker(OpenSellerOrders, $"{open} order(s) at the shop are still open.")];
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        var seller = await db.Sellers.AsSplitQuery().FirstOrDefaultAsync(s => s.OwnerUserId == context.UserId, cancellationToken);
        if (seller is null)
        {
            return;
        }

        foreach (var fileKey in seller.Erase())
        {
            await files.DeleteAsync(fileKey, cancellationToken);
        }

        var products = await db.Products.Where(p => p.SellerId == seller.Id && p.Status != ProductStatus.Archived).ToListAsync(cancellationToken);
        foreach (var product in products)
        {
            product.Archive(context.Now);
        }
    }
}
