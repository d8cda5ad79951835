using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Domain.UnitTests.Privacy;

/// <summary>What the aggregates keep and what they drop when the person behind them is erased.</summary>
public sealed class ErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_erased_user_is_an_empty_tombstone_that_cannot_sign_in()
    {
        var user = User.Register(Guid.NewGuid(), "Lena@Example.com", "hash", "Lena Weber", "+4915112345678", Now);
        user.LinkExternalLogin(new ExternalLogin("google", "sub-1"));
        user.GrantRole("seller");

        user.Erase(Now);

        user.IsErased.ShouldBeTrue();
        user.Email.ShouldBe($"erased-{user.Id:N}@erased.invalid");
        user.FullName.ShouldBe(User.ErasedName);
        user.Phone.ShouldBeNull();
        user.PasswordHash.ShouldBeNull();
        user.ExternalLogins.ShouldBeEmpty();
        user.Roles.ShouldBeEmpty();
        user.EmailVerified.ShouldBeFalse();

        user.Erase(Now.AddDays(1));
        user.ErasedAt.ShouldBe(Now, "erasing twice changes nothing");
    }

    [Fact]
    public void A_pseudonymised_order_keeps_its_money_and_items_but_not_the_person()
    {
        var customer = Guid.NewGuid();
        var order = Order.Place(
            Guid.NewGuid(), Guid.NewGuid(), customer, Guid.NewGuid(),
            [
                new OrderItemDraft(
                    Guid.NewGuid(), "Nameplate", 2, Money.Of(25m, "EUR"),
                    new CustomizationSnapshot(3, "{\"engraving\":\"Lena\"}", "[{\"label\":\"Engraving\"}]")),
            ],
            new ShippingAddress("Lena Weber", "Hauptstraße 5", "2. OG", "Berlin", "BE", "10115", "DE", "+4915112345678"),
            10m, Now, TimeSpan.FromMinutes(30));
        order.Cancel(OrderActor.Customer, customer, "Ordered for Lena by mistake", Now);
        var pseudonym = Guid.NewGuid();

        order.Pseudonymise(pseudonym);

        order.CustomerId.ShouldBe(pseudonym);
        order.Total.ShouldBe(Money.Of(50m, "EUR"));
        order.ShippingAddress.ShouldBe(ShippingAddress.Erased("DE"));
        order.CancellationReason.ShouldBeNull();
        order.History.Where(h => h.Actor == OrderActor.Customer).ShouldAllBe(h => h.ActorId == pseudonym && h.Reason == null);
        var item = order.Items.Single();
        item.Customization!.SelectionJson.ShouldBe("{}");
        item.Customization.Version.ShouldBe(3);
        item.Customization.BreakdownJson.ShouldBe("[{\"label\":\"Engraving\"}]");
        item.LineTotal.ShouldBe(Money.Of(50m, "EUR"));
    }

    [Fact]
    public void An_erased_seller_keeps_its_row_and_country_and_returns_its_document_files_to_delete()
    {
        var seller = Seller.Apply(
            Guid.NewGuid(), Guid.NewGuid(), "Atelier Weber", "Lena Weber",
            new Address("Hauptstraße 5", null, "Berlin", null, "10115", "DE"), "acct_1", Now);
        seller.AddDocument(Guid.NewGuid(), KycDocumentKind.IdentityProof, "kyc/2026/11/a.pdf", FileKind.Pdf, 10, Now);
        seller.Submit(Now.AddSeconds(1));
        seller.Reject(Guid.NewGuid(), "Passport of Lena Weber is blurred", Now.AddSeconds(2));

        var files = seller.Erase();

        files.ShouldBe(["kyc/2026/11/a.pdf"]);
        seller.Documents.ShouldBeEmpty();
        seller.LegalName.ShouldBe(Seller.ErasedName);
        seller.BusinessName.ShouldBe(Seller.ErasedName);
        seller.Address.ShouldBe(new Address(Seller.ErasedValue, null, Seller.ErasedValue, null, Seller.ErasedValue, "DE"));
        seller.PayoutAccount.ShouldBeNull();
        seller.RejectionReason.ShouldBeNull();
        seller.KycHistory.ShouldAllBe(step => step.Reason == null);
    }
}
