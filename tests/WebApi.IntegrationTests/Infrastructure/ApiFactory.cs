using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>
/// The one web host of the test run, on the real PostgreSQL databases of build/test.sh, with every external
/// provider pointed at <see cref="Providers"/>. Tests own their data through unique ids and emails.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static int _nextClientAddress;

    /// <summary>The operator's token for <c>/metrics</c> and the detailed readiness report (Management:Token).</summary>
    public const string ManagementToken = "test-management-token-0123456789abcdef";

    /// <summary>One key for every host of the run, so a token issued by one node is accepted by the other.</summary>
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    private SecondNode? _secondNode;

    public ProviderStubs Providers { get; } = new();

    /// <summary>
    /// Another instance of the API on the same tenant databases, clustered with this one on the scheduler database;
    /// started on first use and kept for the rest of the run (for exactly-once tests across nodes).
    /// </summary>
    public SecondNode SecondNode
    {
        get
        {
            if (_secondNode is null)
            {
                var node = new SecondNode(Providers);
                _ = node.Services; // starts the host, and with it its scheduler
                _secondNode = node;
            }

            return _secondNode;
        }
    }

    /// <summary>The one browser origin each region allows (Tenants:&lt;id&gt;:Cors:Origins): that region's storefront.</summary>
    public static string StorefrontOrigin(string tenant) => $"https://shop.{tenant}.test";

    /// <summary>The scheduler settings of every test host: clustered on the scheduler database, no cron trigger.</summary>
    public static JobsOptions Jobs => new()
    {
        Store = JobStore.Postgres,
        ConnectionString = TestDatabases.SchedulerConnectionString,
        // Idle nodes look for due triggers every second, so both nodes of a cluster test compete for each fire.
        IdleWaitSeconds = 1,
        RunsKeptPerJob = 5, // small enough for a test to see retention
        Schedules = new JobSchedulesOptions { Enabled = false }, // nothing fires on its own; tests trigger runs
    };

    /// <summary>This host's request log lines, Debug included (other providers keep the run's Warning level).</summary>
    public CapturedRequestLog RequestLog { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Configure(builder, Providers);
        builder.ConfigureLogging(logging => logging
            .AddProvider(RequestLog)
            .AddFilter<CapturedRequestLog>(CapturedRequestLog.Category, LogLevel.Debug));
    }

    /// <summary>The settings of every test host: real PostgreSQL, providers stubbed, one cluster.</summary>
    internal static void Configure(IWebHostBuilder builder, ProviderStubs providers)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Jobs:Store", Jobs.Store.ToString());
        builder.UseSetting("Jobs:ConnectionString", Jobs.ConnectionString);
        builder.UseSetting("Jobs:IdleWaitSeconds", Jobs.IdleWaitSeconds.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Jobs:RunsKeptPerJob", Jobs.RunsKeptPerJob.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Jobs:Schedules:Enabled", Jobs.Schedules.Enabled.ToString());
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Management:Token", ManagementToken);
        builder.UseSetting("Notifications:Email:Provider", "SendGrid");
        builder.UseSetting("Notifications:Email:SendGridApiKey", ProviderStubs.SendGridApiKey);
        builder.UseSetting("Notifications:Email:SendGridBaseUrl", providers.BaseUrl);
        builder.UseSetting("Notifications:Sms:Provider", "Twilio");
        builder.UseSetting("Notifications:Sms:TwilioAccountSid", ProviderStubs.TwilioAccountSid);
        builder.UseSetting("Notifications:Sms:TwilioAuthToken", ProviderStubs.TwilioAuthToken);
        builder.UseSetting("Notifications:Sms:TwilioBaseUrl", providers.BaseUrl);
        builder.UseSetting("Payments:Stripe:SecretKey", ProviderStubs.StripeSecretKey);
        builder.UseSetting("Payments:Stripe:WebhookSecret", ProviderStubs.StripeWebhookSecret);
        builder.UseSetting("Payments:Stripe:ApiBase", providers.BaseUrl);
        ConfigureRazorpayAndPayPal(builder, providers);
        TestFieldKeys.Configure(builder, [.. TestDatabases.Tenants, TestDatabases.PayPalTenant]);
        foreach (var tenant in TestDatabases.Tenants)
        {
            builder.UseSetting($"Tenants:{tenant}:Database:Provider", "Postgres");
            builder.UseSetting($"Tenants:{tenant}:Database:ConnectionString", TestDatabases.ConnectionString(tenant));
            builder.UseSetting($"Tenants:{tenant}:ExternalSignIn:Google:ClientIds:0", ProviderStubs.GoogleClientId(tenant));
            builder.UseSetting($"Tenants:{tenant}:ExternalSignIn:Google:JwksUri", providers.GoogleJwksUrl);
            builder.UseSetting($"Tenants:{tenant}:ExternalSignIn:Apple:ClientIds:0", ProviderStubs.AppleClientId(tenant));
            builder.UseSetting($"Tenants:{tenant}:ExternalSignIn:Apple:JwksUri", providers.AppleJwksUrl);
            builder.UseSetting($"Tenants:{tenant}:Cors:Origins:0", StorefrontOrigin(tenant));
        }

        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, ClientAddressStartupFilter>();
            services.AddTransient<IStartupFilter, FaultyEndpointStartupFilter>();
        });
    }

    /// <summary>
    /// Razorpay (south-asia's provider) and PayPal answer from <paramref name="providers"/>. PayPal is the provider of
    /// <see cref="TestDatabases.PayPalTenant"/>, a region only this host has, so PayPal's checkout, webhook and refund
    /// flows run end to end like the real regions'.
    /// </summary>
    private static void ConfigureRazorpayAndPayPal(IWebHostBuilder builder, ProviderStubs providers)
    {
        builder.UseSetting("Payments:Razorpay:KeyId", ProviderStubs.RazorpayKeyId);
        builder.UseSetting("Payments:Razorpay:KeySecret", ProviderStubs.RazorpayKeySecret);
        builder.UseSetting("Payments:Razorpay:WebhookSecret", ProviderStubs.RazorpayWebhookSecret);
        builder.UseSetting("Payments:Razorpay:ApiBase", providers.BaseUrl);
        builder.UseSetting("Payments:PayPal:ClientId", ProviderStubs.PayPalClientId);
        builder.UseSetting("Payments:PayPal:ClientSecret", ProviderStubs.PayPalClientSecret);
        builder.UseSetting("Payments:PayPal:WebhookId", ProviderStubs.PayPalWebhookId);
        builder.UseSetting("Payments:PayPal:ApiBase", providers.BaseUrl);

        var tenant = $"Tenants:{TestDatabases.PayPalTenant}";
        builder.UseSetting($"{tenant}:Name", "CustomiseYou PayPal (tests)");
        builder.UseSetting($"{tenant}:Currency", "INR");
        builder.UseSetting($"{tenant}:TimeZone", "Asia/Kolkata");
        builder.UseSetting($"{tenant}:PaymentProvider", "PayPal");
        builder.UseSetting($"{tenant}:MarketplaceFeePercent", "12.0");
        builder.UseSetting($"{tenant}:PayoutSchedule", "0 0 6 * * ?");
        builder.UseSetting($"{tenant}:Privacy:Regime", "DPDP");
        builder.UseSetting($"{tenant}:Locales:0", "en-IN");
        builder.UseSetting($"{tenant}:Database:Provider", "Postgres");
        builder.UseSetting($"{tenant}:Database:ConnectionString", TestDatabases.ConnectionString(TestDatabases.PayPalTenant));
        builder.UseSetting($"{tenant}:Notifications:SmsFrom", "+910000000099");
        // This region texts through a Twilio account of its own.
        builder.UseSetting($"Notifications:Sms:Regions:{TestDatabases.PayPalTenant}:TwilioAccountSid", ProviderStubs.TwilioRegionAccountSid);
        builder.UseSetting($"Notifications:Sms:Regions:{TestDatabases.PayPalTenant}:TwilioAuthToken", ProviderStubs.TwilioRegionAuthToken);
    }

    public async Task InitializeAsync()
    {
        // The hosts validate the scheduler schema when they start, as in production, where `migrate` created it.
        await SchedulerDatabaseMigrator.ApplySchemaAsync(Jobs, CancellationToken.None);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantDatabaseMigrator>().MigrateAllAsync(seedDemoData: false, CancellationToken.None);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_secondNode is not null)
        {
            await _secondNode.DisposeAsync();
        }

        await DisposeAsync();
        Providers.Dispose();
    }

    /// <summary>An anonymous client for <paramref name="tenant"/> (X-Tenant header), from its own client address.</summary>
    public HttpClient ClientFor(string? tenant)
    {
        var client = CreateClient();
        var n = Interlocked.Increment(ref _nextClientAddress);
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, $"10.{n / 65536 % 256}.{n / 256 % 256}.{n % 256}");
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Add("X-Tenant", tenant);
        }

        return client;
    }

    /// <summary>A client signed in, with a real access token, as a user of <paramref name="tenant"/> holding <paramref name="roles"/>.</summary>
    public HttpClient ClientAs(string tenant, params string[] roles)
    {
        var client = ClientFor(tenant);
        // Task.Run: no test synchronisation context to block on while the user is created.
        var token = _tokens.GetOrAdd($"{tenant}|{string.Join(',', roles)}", _ => Task.Run(() => CreateUserAsync(tenant, roles)).GetAwaiter().GetResult().Token);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient AdminFor(string tenant) => ClientAs(tenant, "admin");

    /// <summary>An operator's client for the management endpoints: no region, the management token.</summary>
    public HttpClient OperatorClient()
    {
        var client = ClientFor(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ManagementToken);
        return client;
    }

    /// <summary>Creates a verified user directly in the tenant's database and issues its token as sign-in would.</summary>
    public async Task<(Guid UserId, string Token)> CreateUserAsync(string tenant, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(tenant)!);
        var user = User.Register(Guid.CreateVersion7(), $"user-{Guid.NewGuid():N}@test.example", "no-password-sign-in", "Test User", null, DateTimeOffset.UtcNow);
        user.VerifyEmail();
        foreach (var role in roles)
        {
            user.GrantRole(role);
        }

        services.GetRequiredService<IUserRepository>().Add(user);
        // A real session, as sign-in starts: the token is refused once it is revoked.
        var signedIn = services.GetRequiredService<SessionIssuer>().Start(user);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (user.Id, signedIn.AccessToken);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
