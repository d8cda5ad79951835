using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

/// <summary>The checkout's two commits: the new quotes of a refused checkout, or the placed checkout with its stock.</summary>
public sealed class CheckoutRecorder(ICheckoutRepository checkouts, StockMovements stock, IUnitOfWork unitOfWork)
{
    /// <summary>A refused checkout keeps the prices it found on the cart lines, so the customer sees them.</summary>
    public Task KeepNewQuotesAsync(CancellationToken cancellationToken) => unitOfWork.CommitAsync(cancellationToken);

    /// <summary>
    /// Saves the checkout, its orders and payment and empties the cart in one transaction; stock is reserved last, just
    /// before the commit, so a hot product's row stays locked for one statement. A shortage rolls everything back.
    /// </summary>
    public Task RecordAsync(PlacedCheckout placed, Cart cart, CancellationToken cancellationToken)
    {
        IReadOnlyList<CartLine> reserved = [.. cart.Lines];
        checkouts.Add(placed);
        cart.Clear();
        return unitOfWork.CommitAsync(ct => stock.ReserveAsync(reserved, ct), cancellationToken);
    }
}
