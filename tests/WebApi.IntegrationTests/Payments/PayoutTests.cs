using System.Net;
using System.Net.Http.Json;
using System.Web;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Application.Payouts.CreatePayouts;
using CustomiseYou.Application.Payouts.GetSellerBalance;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Payouts;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static CustomiseYou.WebApi.IntegrationTests.Payments.PaymentTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Payments.StripeWebhooks;
using JobRunStatus = CustomiseYou.Application.Jobs.Common.JobRunStatus;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

[Collection(ApiCollection.Name)]
public sealed class PayoutTests(ApiFactory api) : IDisposable
{
    private const string Tenant = "europe";

    private readonly Dictionary<Guid, HttpClient> _sellers = [];

    public void Dispose() => api.Providers.Reset();

    [Fact]
    public async Task The_balance_moves_from_pending_to_available_to_paid_and_refunds_debit_it_to_the_cent()
    {
        var (placed, order) = await PaidAsync(33.33m);
        var seller = placed.Sellers[0].Client;
        var share = order.SellerShare.Amount;

        (await BalanceAsync(seller)).ShouldSatisfyAllConditions(b => b.Pending.Amount.ShouldBe(share), b => b.Available.Amount.ShouldBe(0m));
        await CompleteAsync(order.Id);
        (await BalanceAsync(seller)).ShouldSatisfyAllConditions(b => b.Pending.Amount.ShouldBe(0m), b => b.Available.Amount.ShouldBe(share));

        var refund = await RefundedAsync(api.AdminFor(Tenant), order.Id, 10.01m);
        var available = share - refund.SellerShareReversed.Amount;
        (await BalanceAsync(seller)).Available.Amount.ShouldBe(available);

        await RunAsync();

        var balance = await BalanceAsync(seller);
        balance.Available.Amount.ShouldBe(0m);
        balance.Paid.Amount.ShouldBe(available);
        balance.Available.Currency.ShouldBe("EUR");
    }

    [Fact]
    public async Task A_run_pays_each_due_seller_once_through_stripe_and_a_second_run_in_the_period_adds_nothing()
    {
        var (placed, order) = await PaidAsync(80m);
        await CompleteAsync(order.Id);
        var (small, smallOrder) = await PaidAsync(5m); // a 4.50 share, under the 10 EUR minimum
        await CompleteAsync(smallOrder.Id);

        await RunAsync();
        await RunAsync();

        var payouts = await (await placed.Sellers[0].Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK);
        var payout = payouts.Items.ShouldHaveSingleItem();
        payout.Status.ShouldBe("Succeeded");
        payout.Amount.Amount.ShouldBe(order.SellerShare.Amount);
        payout.ProviderReference.ShouldBe($"po_payout-{payout.Id:N}");
        var requests = api.Providers.RequestsTo("/v1/payouts").Where(r => r.RequestMessage.Headers!["Idempotency-Key"].Single() == $"payout-{payout.Id:N}").ToList();
        requests.Count.ShouldBe(1);
        requests[0].RequestMessage.Headers!["Stripe-Account"].Single().ShouldBe(await AccountAsync(placed.Sellers[0].SellerId));
        HttpUtility.ParseQueryString(requests[0].RequestMessage.Body!)["amount"].ShouldBe(((long)(order.SellerShare.Amount * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await (await small.Sellers[0].Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldBeEmpty();
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM transactions WHERE kind = 'Payout' AND correlation_id = @id", ("id", payout.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task An_admin_runs_the_payout_job_now_and_follows_it_to_the_end()
    {
        var (placed, order) = await PaidAsync(45m);
        await CompleteAsync(order.Id);
        var admin = api.AdminFor(Tenant);

        var response = await admin.PostAsync("/api/v1/admin/payouts/run", null);
        var accepted = await response.ReadAsync<JobRunAccepted>(HttpStatusCode.Accepted);
        var run = await JobTestKit.WaitForRunAsync(admin, accepted.RunId);

        run.Status.ShouldBe(JobRunStatus.Succeeded, run.Error);
        run.Outcome!.ShouldContain("paid");
        var payout = (await (await placed.Sellers[0].Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldHaveSingleItem();
        (await TestDatabases.ScalarAsync<Guid>(Tenant, "SELECT run_id FROM payouts WHERE id = @id", ("id", payout.Id))).ShouldBe(accepted.RunId);
        (await placed.Customer.PostAsync("/api/v1/admin/payouts/run", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_clustered_nodes_firing_the_payout_job_pay_each_seller_once_for_the_period()
    {
        var (placed, order) = await PaidAsync(65m);
        await CompleteAsync(order.Id);
        var first = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var second = await api.SecondNode.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var since = DateTimeOffset.UtcNow;

        // Each node schedules a fire of the same job at the same moment; the cluster runs them one after the other.
        foreach (var scheduler in new[] { first, second })
        {
            await scheduler.ScheduleJob(TriggerBuilder.Create().ForJob(TenantJobTriggers.JobKey(PayoutPolicy.JobName, Tenant)).StartAt(since.AddSeconds(2)).Build());
        }

        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM job_runs WHERE job = @job AND NOT manual AND finished_at IS NOT NULL AND queued_at >= @since",
                   ("job", PayoutPolicy.JobName), ("since", since)) < 2)
        {
            DateTimeOffset.UtcNow.ShouldBeLessThan(deadline, "both scheduled payout runs should have finished");
            await Task.Delay(100);
        }

        var payout = (await (await placed.Sellers[0].Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldHaveSingleItem();
        payout.Status.ShouldBe("Succeeded");
        api.Providers.RequestsTo("/v1/payouts").Count(r => r.RequestMessage.Headers!["Idempotency-Key"].Single() == $"payout-{payout.Id:N}").ShouldBe(1);
    }

    [Fact]
    public async Task A_run_that_died_after_creating_payouts_is_finished_by_the_next_without_a_second_transfer()
    {
        var (placed, order) = await PaidAsync(60m);
        await CompleteAsync(order.Id);
        await InTenantAsync(sender => sender.Send(new CreatePayoutsCommand(Guid.NewGuid())).AsTask()); // ... and then the process died

        await RunAsync();

        var payout = (await (await placed.Sellers[0].Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldHaveSingleItem();
        payout.Status.ShouldBe("Succeeded");
        api.Providers.RequestsTo("/v1/payouts").Count(r => r.RequestMessage.Headers!["Idempotency-Key"].Single() == $"payout-{payout.Id:N}").ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_runs_pay_every_seller_exactly_once()
    {
        var sellers = new List<PlacedCheckout>();
        for (var i = 0; i < 4; i++)
        {
            var (placed, order) = await PaidAsync(20m + i);
            await CompleteAsync(order.Id);
            sellers.Add(placed);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunAsync()));

        foreach (var placed in sellers)
        {
            var payout = (await (await placed.Sellers[0].Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldHaveSingleItem();
            api.Providers.RequestsTo("/v1/payouts").Count(r => r.RequestMessage.Headers!["Idempotency-Key"].Single() == $"payout-{payout.Id:N}").ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_failing_payout_is_retried_with_backoff_then_marked_failed_with_the_reason_for_admins()
    {
        var (placed, order) = await PaidAsync(50m);
        await CompleteAsync(order.Id);
        api.Providers.StripeJson("/v1/payouts", 400, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such destination account\"}}");

        await RunAsync();
        var first = (await (await placed.Sellers[0].Client.GetAsync("/api/v1/seller/payouts")).ReadAsync<PayoutPage>(HttpStatusCode.OK)).Items.ShouldHaveSingleItem();
        first.Status.ShouldBe("Pending");
        first.Attempts.ShouldBe(1);
        first.LastError!.ShouldContain("No such destination account");
        var due = await TestDatabases.ScalarAsync<DateTime>(Tenant, "SELECT next_attempt_at FROM payouts WHERE id = @id", ("id", first.Id));
        due.ShouldBeGreaterThan(DateTime.UtcNow.AddSeconds(30), "the next attempt waits");

        for (var attempt = 2; attempt <= PayoutPolicy.MaxAttempts; attempt++)
        {
            await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE payouts SET next_attempt_at = now() - interval '1 second' WHERE id = @id", ("id", first.Id));
            await RunAsync();
        }

        var failed = await (await api.AdminFor(Tenant).GetAsync("/api/v1/admin/payouts?status=Failed&limit=100"))
            .ReadAsync<PayoutPage>(HttpStatusCode.OK);
        var payout = failed.Items.Single(p => p.Id == first.Id);
        payout.Attempts.ShouldBe(PayoutPolicy.MaxAttempts);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM outbox_messages WHERE type = 'PayoutFailed' AND payload->>'payoutId' = @id", ("id", first.Id.ToString()))).ShouldBe(1);
        (await BalanceAsync(placed.Sellers[0].Client))
            .Available.Amount.ShouldBe(order.SellerShare.Amount, "a failed payout gives the money back to the balance");

        // The admins are told, with the provider's reason.
        await new Notifications.NotificationTestKit(api).DispatchAsync(Tenant);
        var inbox = await (await api.AdminFor(Tenant).GetAsync("/api/v1/me/notifications?limit=100")).ReadAsync<NotificationPage>(HttpStatusCode.OK);
        var told = inbox.Items.Where(n => n.Template == NotificationTemplates.PayoutFailed && n.Body.Contains(first.Id.ToString())).ShouldHaveSingleItem();
        told.Body.ShouldContain("No such destination account");
    }

    [Fact]
    public async Task Balances_and_payouts_are_for_sellers_and_admins_of_the_region_only()
    {
        (await api.ClientAs(Tenant, "customer").GetAsync("/api/v1/seller/balance")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.ClientAs(Tenant, "customer").GetAsync("/api/v1/admin/payouts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientFor(Tenant).GetAsync("/api/v1/seller/balance")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var (_, order) = await PaidAsync(70m);
        await CompleteAsync(order.Id);
        await RunAsync();
        var europe = await (await api.AdminFor(Tenant).GetAsync($"/api/v1/admin/payouts?limit=100")).ReadAsync<PayoutPage>(HttpStatusCode.OK);
        var southAsia = await (await api.AdminFor("south-asia").GetAsync($"/api/v1/admin/payouts?limit=100"))
            .ReadAsync<PayoutPage>(HttpStatusCode.OK);
        southAsia.Items.Select(p => p.Id).ShouldNotContain(europe.Items[0].Id);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM payouts WHERE id = @id", ("id", europe.Items[0].Id))).ShouldBe(0);
    }

    private async Task<(PlacedCheckout Placed, Application.Orders.PlaceCheckout.CheckoutOrderDto Order)> PaidAsync(decimal price)
    {
        var placed = await CheckoutAsync(api, Tenant, price);
        _sellers[placed.Sellers[0].SellerId] = placed.Sellers[0].Client;
        var body = IntentEvent("payment_intent.succeeded", $"pi_checkout-{placed.Checkout.CheckoutId:N}", (long)(placed.Checkout.Total.Amount * 100), $"ch_{Guid.NewGuid():N}");
        (await SendAsync(api.ClientFor(Tenant), body, Signature(body))).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (placed, placed.Checkout.Orders.Single());
    }

    /// <summary>Made, shipped and delivered by its seller, then completed by the auto-completion job once the return window has passed.</summary>
    private async Task CompleteAsync(Guid orderId)
    {
        var sellerId = await TestDatabases.ScalarAsync<Guid>(Tenant, "SELECT seller_id FROM orders WHERE id = @id", ("id", orderId));
        var seller = _sellers[sellerId];
        foreach (var step in new object[] { new { status = "InProduction" }, new { status = "Shipped", trackingNumber = "DHL-42" }, new { status = "Delivered" } })
        {
            (await seller.PostAsJsonAsync($"/api/v1/seller/orders/{orderId}/status", step)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE orders SET delivered_at = now() - interval '15 days' WHERE id = @id", ("id", orderId));
        await JobTestKit.RunSuccessfullyAsync(api.AdminFor(Tenant), "complete-delivered-orders");
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT status FROM orders WHERE id = @id", ("id", orderId))).ShouldBe("Completed");
    }

    /// <summary>One run of the payout job's work, in this process and awaited (the scheduler's own runs are tested below).</summary>
    private async Task RunAsync()
    {
        var tenant = api.Services.GetRequiredService<ITenantStore>().Find(Tenant)!;
        var context = new TenantJobContext(api.Services.GetRequiredService<IServiceScopeFactory>(), tenant, Guid.NewGuid());
        var result = await PayoutRun.CreateAndPayAsync(context, CancellationToken.None);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
    }

    private async Task InTenantAsync(Func<ISender, Task> send)
    {
        await using var scope = api.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(scope.ServiceProvider.GetRequiredService<ITenantStore>().Find(Tenant)!);
        await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    private static async Task<SellerBalanceDto> BalanceAsync(HttpClient seller) =>
        await (await seller.GetAsync("/api/v1/seller/balance")).ReadAsync<SellerBalanceDto>(HttpStatusCode.OK);

    private static async Task<string?> AccountAsync(Guid sellerId) =>
        await TestFieldKeys.DecryptedScalarAsync(Tenant, "SELECT payout_account FROM sellers WHERE id = @id", ("id", sellerId));
}
