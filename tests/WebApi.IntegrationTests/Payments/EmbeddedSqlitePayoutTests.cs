using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Application.Orders.CompleteDeliveredOrders;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Application.Payouts.GetSellerBalance;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.Domain.Payouts.Events;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Notifications.Dispatch;
using CustomiseYou.Infrastructure.Payouts;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>
/// The payout run on the embedded default: SQLite files, the offline (manual) gateway, and the in-code
/// <see cref="EmbeddedPayoutPlanner"/> instead of PostgreSQL's set-based SQL. The PostgreSQL tests never reach this
/// planner, so this class is what catches regressions in how the embedded path plans payouts and writes what their
/// attempts did (payout state, ledger Payout rows, PayoutSent/PayoutFailed outbox rows). The money gets there the
/// offline way: checkout, an admin's mark-paid, the seller's status changes, the auto-completion command.
/// </summary>
public sealed class EmbeddedSqlitePayoutTests : IAsyncLifetime
{
    private const string Tenant = "europe";
    private const string Currency = "EUR";
    private const string RefusalReason = "The bank refused the transfer.";

    private readonly EmbeddedSqliteHost _host;
    private volatile bool _refusePayouts;

    // The manual gateway itself, able to refuse payouts on demand: it never fails on its own.
    public EmbeddedSqlitePayoutTests() => _host = new EmbeddedSqliteHost("payout", builder => builder.ConfigureTestServices(services =>
    {
        var manual = services.Single(d => d.ServiceType == typeof(IPaymentGateway) && Equals(d.ServiceKey, PaymentProvider.Manual));
        services.Remove(manual);
        services.AddKeyedScoped<IPaymentGateway>(PaymentProvider.Manual, (provider, _) =>
            new PayoutRefusingGateway((IPaymentGateway)ActivatorUtilities.CreateInstance(provider, manual.KeyedImplementationType!), () => _refusePayouts));
    }));

    public Task InitializeAsync() => _host.MigrateAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_completed_order_is_paid_out_once_to_the_cent_with_its_ledger_row_and_event_and_a_second_run_adds_nothing()
    {
        var (seller, order) = await CompletedOrderAsync(47.35m);
        var share = order.SellerShare.Amount;
        share.ShouldBe(order.Total.Amount - order.MarketplaceFee.Amount);
        (await BalanceAsync(seller.Client)).ShouldSatisfyAllConditions(
            b => b.Pending.Amount.ShouldBe(0m), b => b.Available.Amount.ShouldBe(share), b => b.Paid.Amount.ShouldBe(0m));

        (await RunAsync())
            .ShouldSatisfyAllConditions(o => o.ShouldStartWith("1 payouts created"), o => o.ShouldContain("1 paid, 0 to retry, 0 failed"));

        var payout = (await PayoutsAsync(seller.SellerId)).ShouldHaveSingleItem();
        payout.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PayoutStatus.Succeeded),
            p => p.Amount.ShouldBe(Money.Of(share, Currency)),
            p => p.Attempts.ShouldBe(1),
            p => p.LastError.ShouldBeNull(),
            p => p.ProviderReference.ShouldBe($"manual-payout-{p.Id:N}"),
            p => p.PaidAt.ShouldNotBeNull(),
            p => p.Items.ShouldHaveSingleItem().ShouldBe(new PayoutItem(order.Id, Money.Of(share, Currency))));
        var ledgerRow = (await PayoutLedgerRowsAsync(seller.SellerId)).ShouldHaveSingleItem();
        ledgerRow.ShouldSatisfyAllConditions(
            t => t.CorrelationId.ShouldBe(payout.Id),
            t => t.Amount.ShouldBe(Money.Of(share, Currency)),
            t => t.Status.ShouldBe(TransactionStatus.Succeeded),
            t => t.Provider.ShouldBe(PaymentProvider.Manual),
            t => t.ProviderReference.ShouldBe(payout.ProviderReference));
        var sent = (await EventsAsync<PayoutSent>()).ShouldHaveSingleItem();
        sent.ShouldSatisfyAllConditions(
            e => e.PayoutId.ShouldBe(payout.Id), e => e.SellerId.ShouldBe(seller.SellerId), e => e.Amount.ShouldBe(share), e => e.Currency.ShouldBe(Currency), e => e.Period.ShouldBe(payout.Period));
        var balance = await BalanceAsync(seller.Client);
        balance.ShouldSatisfyAllConditions(
            b => b.Available.Amount.ShouldBe(0m), b => b.Paid.Amount.ShouldBe(share), b => b.Pending.Amount.ShouldBe(0m), b => b.Paid.Currency.ShouldBe(Currency));
        var listed = (await (await seller.Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldHaveSingleItem();
        listed.ShouldSatisfyAllConditions(p => p.Id.ShouldBe(payout.Id), p => p.Status.ShouldBe("Succeeded"), p => p.Amount.Amount.ShouldBe(share));

        (await RunAsync())
            .ShouldSatisfyAllConditions(o => o.ShouldStartWith("0 payouts created"), o => o.ShouldContain("0 paid, 0 to retry, 0 failed"));

        (await PayoutsAsync(seller.SellerId))
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Status.ShouldBe(PayoutStatus.Succeeded), p => p.Attempts.ShouldBe(1));
        (await PayoutLedgerRowsAsync(seller.SellerId)).ShouldHaveSingleItem().Id.ShouldBe(ledgerRow.Id);
        (await EventsAsync<PayoutSent>()).ShouldHaveSingleItem();
        (await BalanceAsync(seller.Client)).ShouldSatisfyAllConditions(b => b.Available.Amount.ShouldBe(0m), b => b.Paid.Amount.ShouldBe(share));

        // A privacy export's payments area reads these rows on SQLite too (which cannot order by a DateTimeOffset column).
        var ownerId = await QueryAsync(db => db.Sellers.Where(s => s.Id == seller.SellerId).Select(s => s.OwnerUserId).SingleAsync());
        var export = await InTenantAsync(services => services.GetServices<IPersonalDataArea>().Single(a => a.Name == "payments").ExportAsync(ownerId, CancellationToken.None));
        export.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_refused_payout_waits_out_its_backoff_and_after_the_last_attempt_is_failed_for_the_admins_with_the_money_back_in_the_balance()
    {
        var (seller, order) = await CompletedOrderAsync(64.99m);
        var share = order.SellerShare.Amount;
        _refusePayouts = true;

        (await RunAsync()).ShouldContain("0 paid, 1 to retry, 0 failed");

        var first = (await PayoutsAsync(seller.SellerId)).ShouldHaveSingleItem();
        first.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PayoutStatus.Pending),
            p => p.Attempts.ShouldBe(1),
            p => p.LastError!.ShouldContain(RefusalReason),
            p => p.NextAttemptAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddSeconds(30), "the next attempt waits"),
            p => p.Items.ShouldHaveSingleItem().OrderId.ShouldBe(order.Id));
        (await BalanceAsync(seller.Client)).ShouldSatisfyAllConditions(b => b.Available.Amount.ShouldBe(0m), b => b.Paid.Amount.ShouldBe(0m));
        (await RetryDueAsync()).ShouldContain("0 paid, 0 to retry, 0 failed"); // still backing off

        for (var attempt = 2; attempt <= PayoutPolicy.MaxAttempts; attempt++)
        {
            await MakeDueAsync(first.Id);
            (await RetryDueAsync())
                .ShouldContain(attempt < PayoutPolicy.MaxAttempts ? "0 paid, 1 to retry, 0 failed" : "0 paid, 0 to retry, 1 failed");
            (await PayoutsAsync(seller.SellerId)).ShouldHaveSingleItem().Attempts.ShouldBe(attempt);
        }

        var failed = (await PayoutsAsync(seller.SellerId)).ShouldHaveSingleItem();
        failed.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PayoutStatus.Failed),
            p => p.LastError!.ShouldContain(RefusalReason),
            p => p.ProviderReference.ShouldBeNull(),
            p => p.PaidAt.ShouldBeNull());
        (await EventsAsync<PayoutFailed>()).ShouldHaveSingleItem().PayoutId.ShouldBe(first.Id);
        (await EventsAsync<PayoutSent>()).ShouldBeEmpty();
        (await PayoutLedgerRowsAsync(seller.SellerId)).ShouldBeEmpty();
        (await BalanceAsync(seller.Client)).ShouldSatisfyAllConditions(
            b => b.Available.Amount.ShouldBe(share, "a failed payout gives the money back to the balance"), b => b.Paid.Amount.ShouldBe(0m));
        var admin = await AdminAsync();
        var forAdmins = await admin.GetAsync("/api/v1/admin/payouts?status=Failed");
        (await forAdmins.ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldHaveSingleItem().Id.ShouldBe(first.Id);

        // The dispatcher tells the admins, with the reason (the admin lookup runs on SQLite here).
        await InTenantAsync(services => services.GetRequiredService<NotificationDispatcher>().DispatchAsync(CancellationToken.None));
        var inbox = await (await admin.GetAsync("/api/v1/me/notifications")).ReadAsync<NotificationPage>(HttpStatusCode.OK);
        inbox.Items.Where(n => n.Template == NotificationTemplates.PayoutFailed).ShouldHaveSingleItem().Body.ShouldContain(RefusalReason);
    }

    private sealed record SellerAccount(HttpClient Client, Guid SellerId);

    /// <summary>
    /// A customer's order of one product from a new verified seller with a payout account, paid by an admin's
    /// mark-paid (the offline flow), made, shipped and delivered by the seller, and completed by the auto-completion
    /// command once the return window has passed.
    /// </summary>
    private async Task<(SellerAccount Seller, CheckoutOrderDto Order)> CompletedOrderAsync(decimal price)
    {
        var seller = await SellerWithProductAsync(price);
        var customer = Client(await UserAsync("Jonas Becker"));
        (await customer.PostAsJsonAsync("/api/v1/cart/items", new { productId = seller.ProductId, quantity = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/checkout")
        {
            Content = JsonContent.Create(new { shippingAddress = new { fullName = "Jonas Becker", line1 = "Lindenstraße 7", city = "Hamburg", postalCode = "20095", country = "DE", phone = "+4915112345678" } }),
        };
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var order = (await (await customer.SendAsync(checkout)).ReadAsync<CheckoutResult>(HttpStatusCode.Created)).Orders.ShouldHaveSingleItem();
        order.SellerId.ShouldBe(seller.Account.SellerId);
        order.Total.Currency.ShouldBe(Currency);

        (await (await AdminAsync()).PostAsync($"/api/v1/admin/orders/{order.Id}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var transfer = (await QueryAsync(db => db.Transactions.AsNoTracking().Where(t => t.OrderId == order.Id && t.Kind == TransactionKind.SellerTransfer).ToListAsync())).ShouldHaveSingleItem();
        transfer.ShouldSatisfyAllConditions(
            t => t.Amount.ShouldBe(Money.Of(order.SellerShare.Amount, Currency)), t => t.Status.ShouldBe(TransactionStatus.Deferred), t => t.Provider.ShouldBe(PaymentProvider.Manual));
        (await BalanceAsync(seller.Account.Client)).Pending.Amount.ShouldBe(order.SellerShare.Amount);

        foreach (var step in new object[] { new { status = "InProduction" }, new { status = "Shipped", trackingNumber = "DHL-4711" }, new { status = "Delivered" } })
        {
            (await seller.Account.Client.PostAsJsonAsync($"/api/v1/seller/orders/{order.Id}/status", step)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var returnWindow = _host.Services.GetRequiredService<ITenantStore>().Find(Tenant)!.Orders.ReturnWindow;
        var deliveredLongAgo = DateTimeOffset.UtcNow - returnWindow - TimeSpan.FromDays(1);
        (await QueryAsync(db => db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(set => set.SetProperty(o => o.DeliveredAt, deliveredLongAgo)))).ShouldBe(1);
        var completed = await JobContext().SendAsync(new CompleteDeliveredOrdersCommand(), CancellationToken.None);
        completed.IsSuccess.ShouldBeTrue(completed.Error?.Message);
        completed.Value.ShouldBe(1);
        return (seller.Account, order);
    }

    private async Task<(SellerAccount Account, Guid ProductId)> SellerWithProductAsync(decimal price)
    {
        var owner = await UserAsync("Lena Weber");
        var now = DateTimeOffset.UtcNow;
        var seller = Seller.Apply(Guid.CreateVersion7(), owner.Id, "Werkstatt Weber", "Werkstatt Weber GmbH", new Address("Hauptstraße 5", null, "Berlin", null, "10115", "DE"),
            $"acct_{Guid.NewGuid():N}"[..21], now);
        seller.AddDocument(Guid.CreateVersion7(), KycDocumentKind.BusinessRegistration, "kyc/registration.pdf", FileKind.Pdf, 100, now);
        seller.Submit(now.AddSeconds(1));
        seller.Approve(Guid.NewGuid(), now.AddSeconds(2));
        var category = Category.Create(Guid.CreateVersion7(), $"Schilder {Guid.NewGuid():N}"[..17], null, null, 0, now);
        var product = Product.Create(Guid.CreateVersion7(), seller.Id, "Türschild aus Walnuss", "Handgefertigt, mit Ihrem Namen graviert.", category.Id,
            Money.Of(price, Currency), $"SKU-{Guid.NewGuid():N}"[..20], 10, ["holz", "geschenk"], now);
        product.AddImage(Guid.CreateVersion7(), "products/walnut.png", FileKind.Png, now);
        product.Publish(sellerVerified: true, now);
        await InTenantAsync(async services =>
        {
            services.GetRequiredService<ISellerRepository>().Add(seller);
            services.GetRequiredService<ICategoryRepository>().Add(category);
            services.GetRequiredService<IProductRepository>().Add(product);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        return (new SellerAccount(Client(owner), seller.Id), product.Id);
    }

    private async Task<(Guid Id, string Token)> UserAsync(string name, params string[] roles)
    {
        var user = User.Register(Guid.CreateVersion7(), $"user-{Guid.NewGuid():N}@test.example", "no-password-sign-in", name, null, DateTimeOffset.UtcNow);
        user.VerifyEmail();
        foreach (var role in roles)
        {
            user.GrantRole(role);
        }

        return await InTenantAsync(async services =>
        {
            services.GetRequiredService<IUserRepository>().Add(user);
            // A real session, as sign-in starts: the token is refused once it is revoked.
            var signedIn = services.GetRequiredService<SessionIssuer>().Start(user);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return (user.Id, signedIn.AccessToken);
        });
    }

    private async Task<HttpClient> AdminAsync() => Client(await UserAsync("Admin", Roles.Admin));

    private HttpClient Client((Guid Id, string Token) user) => _host.ClientFor(Tenant, user.Token);

    private TenantJobContext JobContext() =>
        new(_host.Services.GetRequiredService<IServiceScopeFactory>(), _host.Services.GetRequiredService<ITenantStore>().Find(Tenant)!, Guid.NewGuid());

    /// <summary>One run of the payout job's work (create the period's payouts, then pay them), in this process and awaited.</summary>
    private async Task<string> RunAsync()
    {
        var result = await PayoutRun.CreateAndPayAsync(JobContext(), CancellationToken.None);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value;
    }

    /// <summary>One run of the retry job's work: pays whatever is due now.</summary>
    private async Task<string> RetryDueAsync()
    {
        var result = await PayoutRun.PayDueAsync(JobContext(), CancellationToken.None);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value;
    }

    private async Task MakeDueAsync(Guid payoutId) =>
        (await QueryAsync(db => db.Payouts.Where(p => p.Id == payoutId).ExecuteUpdateAsync(set => set.SetProperty(p => p.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1))))).ShouldBe(1);

    private Task<List<Payout>> PayoutsAsync(Guid sellerId) =>
        QueryAsync(db => db.Payouts.AsNoTracking().Where(p => p.SellerId == sellerId).ToListAsync());

    private Task<List<LedgerTransaction>> PayoutLedgerRowsAsync(Guid sellerId) =>
        QueryAsync(db => db.Transactions.AsNoTracking().Where(t => t.SellerId == sellerId && t.Kind == TransactionKind.Payout).ToListAsync());

    private async Task<List<TEvent>> EventsAsync<TEvent>() where TEvent : IDomainEvent
    {
        var type = typeof(TEvent).Name;
        var payloads = await QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type == type).Select(m => m.Payload).ToListAsync());
        return [.. payloads.Select(payload => JsonSerializer.Deserialize<TEvent>(payload, HttpExtensions.Json)!)];
    }

    private static async Task<SellerBalanceDto> BalanceAsync(HttpClient seller) =>
        await (await seller.GetAsync("/api/v1/seller/balance")).ReadAsync<SellerBalanceDto>(HttpStatusCode.OK);

    private Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query) => InTenantAsync(services => query(services.GetRequiredService<AppDbContext>()));

    private Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work) => _host.InTenantAsync(Tenant, work);

    private async Task InTenantAsync(Func<IServiceProvider, Task> work) => await InTenantAsync(async services =>
    {
        await work(services);
        return true;
    });

    /// <summary>The manual gateway, except that its payouts are refused (as a provider outage) while <paramref name="refuse"/> says so.</summary>
    private sealed class PayoutRefusingGateway(IPaymentGateway manual, Func<bool> refuse) : IPaymentGateway
    {
        public PaymentProvider Provider => manual.Provider;

        public Task<CreatedPayment> CreatePaymentAsync(CreatePaymentRequest request, CancellationToken cancellationToken) => manual.CreatePaymentAsync(request, cancellationToken);

        public Task<PaymentOutcome?> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken) => manual.ConfirmAsync(request, cancellationToken);

        public Task<IReadOnlyList<SellerSettlement>> SettleSellerSharesAsync(SettlementRequest request, CancellationToken cancellationToken) =>
            manual.SettleSellerSharesAsync(request, cancellationToken);

        public Task<ProviderRefund> RefundAsync(RefundRequest request, CancellationToken cancellationToken) => manual.RefundAsync(request, cancellationToken);

        public Task<ProviderPayout> PayOutAsync(PayoutRequest request, CancellationToken cancellationToken) =>
            refuse() ? throw new ExternalServiceException("Manual", RefusalReason) : manual.PayOutAsync(request, cancellationToken);

        public Task<Result<WebhookEvent>> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
            manual.VerifyWebhookAsync(delivery, cancellationToken);
    }
}
