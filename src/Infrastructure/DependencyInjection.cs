using Amazon.S3;
using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Application.Products.SearchProducts;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Identity;
using CustomiseYou.Infrastructure.Identity.Revocation;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.Infrastructure.Notifications;
using CustomiseYou.Infrastructure.Notifications.Dispatch;
using CustomiseYou.Infrastructure.Notifications.Templates;
using CustomiseYou.Infrastructure.Observability;
using CustomiseYou.Infrastructure.Payments;
using CustomiseYou.Infrastructure.Payments.PayPal;
using CustomiseYou.Infrastructure.Payments.Razorpay;
using CustomiseYou.Infrastructure.Payments.Stripe;
using CustomiseYou.Infrastructure.Payouts;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using CustomiseYou.Infrastructure.Persistence.Idempotency;
using CustomiseYou.Infrastructure.Persistence.Interceptors;
using CustomiseYou.Infrastructure.Persistence.Queries;
using CustomiseYou.Infrastructure.Persistence.Repositories;
using CustomiseYou.Infrastructure.Persistence.Search;
using CustomiseYou.Infrastructure.Privacy;
using CustomiseYou.Infrastructure.Security;
using CustomiseYou.Infrastructure.Storage;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(_ => ConfigurationTenantStore.Load(configuration));
        services.AddSingleton<ITenantStore>(provider => provider.GetRequiredService<ConfigurationTenantStore>());
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<IIsolatedCommandRunner, IsolatedCommandRunner>();

        // Field-level encryption (ADR 0022): keys per region from configuration, checked when the host starts.
        services.AddSingleton<IFieldKeyProvider>(provider => new ConfigurationFieldKeyProvider(
            configuration, provider.GetRequiredService<ITenantStore>(), provider.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddSingleton<FieldProtections>();
        services.AddHostedService<FieldKeyStartupCheck>();
        services.AddScoped<FieldReencryptor>();

        services.AddSingleton<OutboxInterceptor>();
        services.AddSingleton<PlatformMetrics>();
        services.AddSingleton<CommittedEventMetrics>();
        services.AddSingleton<TenantStampingInterceptor>();
        services.AddSingleton<TenantDbContextPools>();
        services.AddScoped(provider =>
            provider.GetRequiredService<TenantDbContextPools>().Rent(provider.GetRequiredService<ITenantContext>().Tenant));
        services.AddScoped<IUnitOfWork, ScopedUnitOfWork>();
        // What differs between PostgreSQL and the embedded SQLite default, one implementation per provider (ADR 0035).
        services.AddPerDatabase<ISchemaDialect, PostgresSchemaDialect, SqliteSchemaDialect>();
        services.AddPerDatabase<ITimeDialect, PostgresTimeDialect, SqliteTimeDialect>();
        services.AddPerDatabase<IJsonDialect, PostgresJsonDialect, SqliteJsonDialect>();
        services.AddScoped<TenantDatabaseMigrator>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoCatalogSeeder>();

        services.AddScoped<ICategoryRepository, CategoryRepository>();
        services.AddScoped<ICategoryQueries, CategoryQueries>();

        services.AddScoped<ISellerRepository, SellerRepository>();
        services.AddScoped<ISellerQueries, SellerQueries>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<IProductQueries, ProductQueries>();
        services.AddScoped<IProductCustomizationRepository, ProductCustomizationRepository>();
        services.AddScoped<ICustomerUploadRepository, CustomerUploadRepository>();
        services.AddScoped<ICartRepository, CartRepository>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<ICheckoutRepository, CheckoutRepository>();
        services.AddScoped<ICartQueries, CartQueries>();
        services.AddScoped<IOrderQueries, OrderQueries>();
        services.AddScoped<IInventory, Inventory>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddPerDatabase<IProductSearch, PostgresProductSearch, InMemoryProductSearch>();
        services.AddOptions<FileStoreOptions>().Bind(configuration.GetSection(FileStoreOptions.SectionName));
        services.AddOptions<S3FileStoreOptions>().Bind(configuration.GetSection(S3FileStoreOptions.SectionName));
        services.AddSingleton<IAmazonS3>(provider => S3FileStore.CreateClient(provider.GetRequiredService<IOptions<S3FileStoreOptions>>().Value));
        services.AddScoped<LocalFileStore>();
        services.AddScoped<S3FileStore>();
        // Chosen per resolution from options (Local unless FileStore:Provider is S3), like the notification senders;
        // KYC documents are encrypted on their way in (ADR 0022).
        services.AddScoped<IFileStore>(provider => new EncryptingFileStore(
            provider.GetRequiredService<IOptions<FileStoreOptions>>().Value.Provider == FileStoreProvider.S3
                ? provider.GetRequiredService<S3FileStore>()
                : provider.GetRequiredService<LocalFileStore>(),
            provider.GetRequiredService<FieldProtections>(),
            provider.GetRequiredService<ITenantContext>()));

        AddIdentity(services, configuration);
        AddNotifications(services, configuration);
        AddPayments(services, configuration);
        services.AddJobs(configuration);
        AddPrivacy(services);
        return services;
    }

    /// <summary>
    /// Privacy requests, consents, legal holds, the audit log, and the personal data areas in the order the export
    /// lists them. A new table with personal data adds its area here (see IPersonalDataArea).
    /// </summary>
    private static void AddPrivacy(IServiceCollection services)
    {
        services.AddScoped<IPrivacyRequestRepository, PrivacyRequestRepository>();
        services.AddScoped<IAuditEntryRepository, AuditEntryRepository>();
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
        services.AddScoped<IApiKeyQueries, ApiKeyQueries>();
        services.AddScoped<ILegalHoldRepository, LegalHoldRepository>();
        services.AddScoped<IConsentRepository, ConsentRepository>();
        services.AddScoped<IPrivacyQueries, PrivacyQueries>();
        services.AddScoped<IConsentQueries, ConsentQueries>();

        services.AddScoped<IPersonalDataArea, ProfileArea>();
        services.AddScoped<IPersonalDataArea, SignInArea>();
        services.AddScoped<IPersonalDataArea, ConsentsArea>();
        services.AddScoped<IPersonalDataArea, PaymentsArea>();
        services.AddScoped<IPersonalDataArea, NotificationsArea>();
        services.AddScoped<IPersonalDataArea, CartArea>();
        services.AddScoped<IPersonalDataArea, OrdersArea>();
        services.AddScoped<IPersonalDataArea, UploadsArea>();
        services.AddScoped<IPersonalDataArea, SellerArea>();
        services.AddScoped<IPersonalDataArea, PrivacyRequestsArea>();
        services.AddScoped<IPersonalDataArea, RequestReplaysArea>();
        services.AddScoped<IPersonalDataArea, EventsArea>();
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName));
        services.AddSingleton<JwtSigningKey>();
        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddScoped<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<SessionAccessCache>();
        services.AddSingleton<ISessionAccess, SessionAccessReader>();
        services.AddSingleton<IApiKeyAccess, ApiKeyAccessReader>();
        services.AddSingleton<RevocationTracker>();
        services.AddHostedService<RevocationListener>();
        services.AddSingleton<JwksCache>();
        services.AddHttpClient(JwksCache.HttpClientName).AddStandardResilienceHandler();
        services.AddScoped<IExternalIdentityVerifier, ExternalIdentityVerifier>();
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IOneTimeCodeRepository, OneTimeCodeRepository>();
        services.AddScoped<ISessionRepository, SessionRepository>();
        services.AddScoped<IIdentityQueries, IdentityQueries>();
    }

    private static void AddNotifications(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.SectionName));
        services.AddScoped<FileOutboxSender>();
        // Provider POSTs carry no idempotency key, so they are not retried; they still get timeouts.
        services.AddHttpClient<SendGridEmailSender>().AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
        services.AddTransient<TwilioBaseUrlHandler>();
        services.AddHttpClient(TwilioClients.HttpClientName).AddHttpMessageHandler<TwilioBaseUrlHandler>()
            .AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
        services.AddSingleton<TwilioClients>();
        services.AddScoped<TwilioSmsSender>();
        // Chosen per resolution from options, so configuration added by a test host or environment applies.
        services.AddScoped<IEmailSender>(provider => Settings(provider).Email.Provider == EmailProvider.File
            ? provider.GetRequiredService<FileOutboxSender>()
            : provider.GetRequiredService<SendGridEmailSender>());
        services.AddScoped<ISmsSender>(provider => Settings(provider).Sms.Provider == SmsProvider.File
            ? provider.GetRequiredService<FileOutboxSender>()
            : provider.GetRequiredService<TwilioSmsSender>());

        services.AddScoped<INotificationRepository, NotificationRepository>();
        services.AddScoped<INotificationDeliveryRepository, NotificationDeliveryRepository>();
        services.AddScoped<INotificationPreferencesRepository, NotificationPreferencesRepository>();
        services.AddScoped<INotificationQueries, NotificationQueries>();
        services.AddOptions<NotificationDispatchOptions>().Bind(configuration.GetSection(NotificationDispatchOptions.SectionName))
            .Validate(
                o => o.IsValid,
                $"{NotificationDispatchOptions.SectionName}: BatchSize 1-1000, MaxAttempts, RetryBaseDelaySeconds and LeaseSeconds above 0, "
                + "RetryMaxDelayMinutes not below the base delay.")
            .ValidateOnStart();
        services.AddSingleton(_ => NotificationTemplateCatalog.LoadEmbedded());
        services.AddSingleton<NotificationRenderer>();
        services.AddScoped<OutboxFanOut>();
        services.AddScoped<DeliveryClaims>();
        services.AddScoped<DeliverySender>();
        // Scheduled per tenant by the host (one scope per tenant and round); tests call it directly.
        services.AddScoped(provider =>
            new NotificationDispatcher(provider.GetRequiredService<OutboxFanOut>(), provider.GetRequiredService<DeliverySender>()));
    }

    private static void AddPayments(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(PaymentOptions.SectionName))
            .Validate(
                o => o.Offline || !o.HoldsDevelopmentSecret,
                $"Payments: a published development webhook secret (containing '{PaymentOptions.DevelopmentSecretMarker}') is configured while "
                + "Payments:Offline is false; set the provider's real secret (Payments:Stripe:WebhookSecret, Payments:Razorpay:WebhookSecret).")
            .ValidateOnStart();
        services.AddScoped<IPaymentRepository, PaymentRepository>();
        services.AddScoped<ILedger, Ledger>();
        services.AddScoped<IProcessedWebhookEvents, ProcessedWebhookEvents>();
        services.AddScoped<IPaymentGateways, PaymentGateways>();
        services.AddKeyedScoped<IPaymentGateway, ManualPaymentGateway>(PaymentProvider.Manual);
        // Every provider POST carries an idempotency key made from our ids, so the standard handler may retry it.
        services.AddHttpClient<StripePaymentGateway>().AddStandardResilienceHandler();
        services.AddKeyedScoped<IPaymentGateway>(PaymentProvider.Stripe, (provider, _) => provider.GetRequiredService<StripePaymentGateway>());
        // Razorpay keys only refunds; its orders, captures and releases are safe to repeat, its direct transfers and reversals
        // are not (see the gateway).
        services.AddHttpClient<RazorpayPaymentGateway>().AddStandardResilienceHandler(o => RazorpayPaymentGateway.RetryOnlySafeRequests(o.Retry));
        services.AddKeyedScoped<IPaymentGateway>(PaymentProvider.Razorpay, (provider, _) => provider.GetRequiredService<RazorpayPaymentGateway>());
        services.AddSingleton<PayPalAccessTokens>();
        services.AddHttpClient<PayPalPaymentGateway>().AddStandardResilienceHandler();
        services.AddKeyedScoped<IPaymentGateway>(PaymentProvider.PayPal, (provider, _) => provider.GetRequiredService<PayPalPaymentGateway>());

        services.AddScoped<IPayoutQueries, PayoutQueries>();
        services.AddScoped<PayoutLedger>();
        services.AddPerDatabase<IPayoutPlanner, PostgresPayoutPlanner, EmbeddedPayoutPlanner>();
    }

    private static NotificationOptions Settings(IServiceProvider provider) => provider.GetRequiredService<IOptions<NotificationOptions>>().Value;
}
