using CustomiseYou.Application.Common.Behaviours;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Field paths in validation errors match the camelCase JSON the client sent: "shippingAddress.line1".
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonName(member.Name);
        // A validator builds its rules (accessors, regexes, child validators) in its constructor, so one that needs
        // nothing from the request is built once; those that read the tenant stay per request.
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, scan => !NeedsRequestServices(scan.ValidatorType));
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, scan => NeedsRequestServices(scan.ValidatorType));
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            // Order matters: log everything, refuse the unauthorised before validating, claim the idempotency key
            // outside the transaction (so a concurrent retry sees it), commit last.
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(IdempotencyBehaviour<,>),
                typeof(UnitOfWorkBehaviour<,>),
                typeof(ApiKeyAuditBehaviour<,>),
            ];
        });
        services.AddScoped<Identity.Common.SessionIssuer>();
        services.AddScoped<Identity.Common.OneTimeCodeSender>();
        services.AddScoped<Products.Common.ProductAccess>();
        services.AddScoped<Customization.Common.CustomizationCatalog>();
        services.AddScoped<Orders.Common.CartPricing>();
        services.AddScoped<Orders.Common.CartRepricing>();
        services.AddScoped<Orders.PlaceCheckout.CheckoutPaymentStarter>();
        services.AddScoped<Orders.PlaceCheckout.CheckoutRecorder>();
        services.AddScoped<Common.Localization.CallerLocale>();
        services.AddScoped<Orders.Common.OrderAccess>();
        services.AddScoped<Orders.Common.StockMovements>();
        services.AddScoped<Payments.Common.PaymentSettlement>();
        services.AddScoped<Payments.Common.OrderRefunds>();
        services.AddScoped<Payments.Common.SellerSplits>();
        // Adding a notification for a new event type is one rule class; it is picked up here.
        foreach (var rule in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(Notifications.Common.INotificationRule))))
        {
            services.AddScoped(typeof(Notifications.Common.INotificationRule), rule);
        }

        services.AddScoped<Privacy.Common.PrivacyAudit>();
        services.AddScoped<Privacy.Common.PrivacyRequests>();
        services.AddScoped<Privacy.Common.ErasureBlockers>();
        services.AddScoped<Privacy.Common.ExportArchive>();
        services.AddScoped<Privacy.Common.ExportDownloads>();
        return services;
    }

    private static bool NeedsRequestServices(Type validator) => validator.GetConstructors().Any(c => c.GetParameters().Length > 0);

    private static string JsonName(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
