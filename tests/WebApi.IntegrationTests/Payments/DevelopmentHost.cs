using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.OpenApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>
/// The API as the README's run command starts it: the Development environment, so src/WebApi/appsettings.Development.json
/// applies (offline payments, the development webhook secrets), on embedded SQLite, behind a real loopback socket so
/// build/webhook.sh can reach it as it reaches <c>dotnet run</c>.
/// </summary>
public sealed class DevelopmentHost : IAsyncDisposable
{
    private readonly EmbeddedSqliteHost _host;

    public DevelopmentHost(string name, Action<IWebHostBuilder>? configure = null) => _host = new EmbeddedSqliteHost(
        name,
        builder =>
        {
            builder.UseEnvironment("Development");
            configure?.Invoke(builder);
        },
        kestrel: options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The development secret at <paramref name="path"/> (<c>Stripe:WebhookSecret</c>) of appsettings.Development.json.</summary>
    public static string DevelopmentSecret(string path)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(ServedDocument.RepositoryPath("src", "WebApi", "appsettings.Development.json")));
        var element = settings.RootElement.GetProperty("Payments");
        foreach (var part in path.Split(':'))
        {
            element = element.GetProperty(part);
        }

        return element.GetString()!;
    }

    public string BaseAddress => _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public Task MigrateAsync() => _host.MigrateAsync();

    public HttpClient ClientFor(string tenant, string? token = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        client.DefaultRequestHeaders.Add("X-Tenant", tenant);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A customer's checkout of one product of a new verified seller in <paramref name="tenant"/>, unpaid.</summary>
    public async Task<(HttpClient Customer, CheckoutResult Checkout)> PendingCheckoutAsync(string tenant, string currency, decimal price)
    {
        var productId = await ProductAsync(tenant, currency, price);
        var customer = ClientFor(tenant, await TokenAsync(tenant));
        (await customer.PostAsJsonAsync("/api/v1/cart/items", new { productId, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/checkout")
        {
            Content = JsonContent.Create(new
            {
                shippingAddress = new { fullName = "Asha Rao", line1 = "12 MG Road", city = "Bengaluru", postalCode = "560001", country = "IN" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var checkout = await (await customer.SendAsync(request)).ReadAsync<CheckoutResult>(HttpStatusCode.Created);
        checkout.Payment.Status.ShouldBe("Pending");
        return (customer, checkout);
    }

    /// <summary>The order's status and the checkout's payment status, as the customer reads them.</summary>
    public static async Task<(string Order, string Payment)> StatusAsync(HttpClient customer, CheckoutResult checkout)
    {
        var order = await (await customer.GetAsync($"/api/v1/orders/{checkout.Orders[0].Id}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var payment = await (await customer.GetAsync($"/api/v1/checkouts/{checkout.CheckoutId}/payment")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        return (order.GetProperty("status").GetString()!, payment.GetProperty("status").GetString()!);
    }

    /// <summary>Runs build/webhook.sh against this host, as a developer would after the README's run command.</summary>
    public async Task<(int ExitCode, string Output)> RunWebhookScriptAsync(
        IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [ServedDocument.RepositoryPath("build", "webhook.sh"), .. arguments])
        {
            WorkingDirectory = ServedDocument.RepositoryPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["API"] = BaseAddress;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<Guid> ProductAsync(string tenant, string currency, decimal price)
    {
        var owner = await UserAsync(tenant);
        var now = DateTimeOffset.UtcNow;
        var address = new Address("4 Residency Road", null, "Bengaluru", null, "560025", "IN");
        var seller = Seller.Apply(Guid.CreateVersion7(), owner, "Devika Crafts", "Devika Crafts Pvt Ltd", address, $"acc_{Guid.NewGuid():N}"[..18], now);
        seller.AddDocument(Guid.CreateVersion7(), KycDocumentKind.BusinessRegistration, "kyc/registration.pdf", FileKind.Pdf, 100, now);
        seller.Submit(now.AddSeconds(1));
        seller.Approve(Guid.NewGuid(), now.AddSeconds(2));
        var category = Category.Create(Guid.CreateVersion7(), $"Nameplates {Guid.NewGuid():N}"[..19], null, null, 0, now);
        var product = Product.Create(Guid.CreateVersion7(), seller.Id, "Brass nameplate", "Engraved by hand.", category.Id,
            Money.Of(price, currency), $"SKU-{Guid.NewGuid():N}"[..20], 10, ["brass"], now);
        product.AddImage(Guid.CreateVersion7(), "products/brass.png", FileKind.Png, now);
        product.Publish(sellerVerified: true, now);
        await InTenantAsync(tenant, async services =>
        {
            services.GetRequiredService<ISellerRepository>().Add(seller);
            services.GetRequiredService<ICategoryRepository>().Add(category);
            services.GetRequiredService<IProductRepository>().Add(product);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        return product.Id;
    }

    private async Task<Guid> UserAsync(string tenant) => (await SignedInAsync(tenant)).Id;

    private async Task<string> TokenAsync(string tenant) => (await SignedInAsync(tenant)).Token;

    private Task<(Guid Id, string Token)> SignedInAsync(string tenant) => _host.InTenantAsync(tenant, async services =>
    {
        var email = $"user-{Guid.NewGuid():N}@test.example";
        var user = User.Register(Guid.CreateVersion7(), email, "no-password-sign-in", "Asha Rao", null, DateTimeOffset.UtcNow);
        user.VerifyEmail();
        services.GetRequiredService<IUserRepository>().Add(user);
        var signedIn = services.GetRequiredService<SessionIssuer>().Start(user);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (user.Id, signedIn.AccessToken);
    });

    private Task InTenantAsync(string tenant, Func<IServiceProvider, Task> work) => _host.InTenantAsync(tenant, async services =>
    {
        await work(services);
        return true;
    });
}
