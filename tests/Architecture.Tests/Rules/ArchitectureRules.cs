using System.Reflection;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests.Rules;

/// <summary>
/// The layer rules of docs ARCHITECTURE.md "Layer rules", written once. Each takes the types to check, so the same rule
/// runs against the production assemblies (must pass) and against deliberately bad fixtures (must fail).
/// </summary>
public static class ArchitectureRules
{
    public static readonly IReadOnlyList<string> DomainForbiddenDependencies =
    [
        "CustomiseYou.Application",
        "CustomiseYou.Infrastructure",
        "CustomiseYou.WebApi",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Mediator",
        "FluentValidation",
        "Npgsql",
        "System.Net.Http",
    ];

    public static readonly IReadOnlyList<string> ApplicationForbiddenDependencies =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Stripe",
        "SendGrid",
        "Quartz",
        "System.Net.Http",
        "CustomiseYou.Infrastructure",
        "CustomiseYou.WebApi",
    ];

    /// <summary>The API client knows the API only through its OpenAPI document: no layer of the API.</summary>
    public static readonly IReadOnlyList<string> ApiClientForbiddenDependencies =
    [
        "CustomiseYou.Domain",
        "CustomiseYou.Application",
        "CustomiseYou.Infrastructure",
        "CustomiseYou.WebApi",
    ];

    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<,>),
        typeof(IQueryHandler<,>),
        typeof(IRequestHandler<,>),
        typeof(IStreamCommandHandler<,>),
        typeof(IStreamQueryHandler<,>),
        typeof(IStreamRequestHandler<,>),
    ];

    /// <summary>Domain depends on no other layer and no framework package.</summary>
    public static ArchitectureRuleResult DomainHasNoOutwardDependencies(PredicateList domainTypes) =>
        NoDependencyOn(domainTypes, DomainForbiddenDependencies);

    /// <summary>Application knows nothing of persistence, HTTP, payment, mail or scheduling technology.</summary>
    public static ArchitectureRuleResult ApplicationHasNoInfrastructureConcerns(PredicateList applicationTypes) =>
        NoDependencyOn(applicationTypes, ApplicationForbiddenDependencies);

    /// <summary>Infrastructure never reaches up into the web host.</summary>
    public static ArchitectureRuleResult InfrastructureDoesNotDependOnWebApi(PredicateList infrastructureTypes) =>
        NoDependencyOn(infrastructureTypes, ["CustomiseYou.WebApi"]);

    /// <summary>The generated API client and its helpers use no type of the API's layers (the dashboard and storefront depend on it).</summary>
    public static ArchitectureRuleResult ApiClientKnowsOnlyTheContract(PredicateList apiClientTypes) =>
        NoDependencyOn(apiClientTypes, ApiClientForbiddenDependencies);

    /// <summary>Web host types use Infrastructure only in the composition root (and types nested in it).</summary>
    public static ArchitectureRuleResult OnlyTheCompositionRootUsesInfrastructure(
        PredicateList webApiTypes, IReadOnlyCollection<Type> compositionRoot) =>
        NoDependencyOn(webApiTypes.And().MeetCustomRule(new OutsideOf(compositionRoot)), ["CustomiseYou.Infrastructure"]);

    /// <summary>Endpoints only send commands and queries: no EF Core, no Infrastructure, no Domain repositories.</summary>
    public static ArchitectureRuleResult EndpointsDoNotReachPersistence(PredicateList endpointTypes)
    {
        var repositories = typeof(Money).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("Repository", StringComparison.Ordinal))
            .Select(t => t.FullName!);
        return NoDependencyOn(endpointTypes, ["Microsoft.EntityFrameworkCore", "CustomiseYou.Infrastructure", .. repositories]);
    }

    /// <summary>Where the differences between PostgreSQL and the embedded SQLite default live (ADR 0035).</summary>
    public const string DialectSeamNamespace = "CustomiseYou.Infrastructure.Persistence.Dialects";

    /// <summary>What use cases must not resolve services from: they get ports (such as IIsolatedCommandRunner) instead.</summary>
    public static readonly IReadOnlyList<string> ServiceLocatorTypes =
    [
        "System.IServiceProvider",
        "Microsoft.Extensions.DependencyInjection.IServiceScope",
        "Microsoft.Extensions.DependencyInjection.AsyncServiceScope",
        "Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions",
        "Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions",
        "Microsoft.Extensions.DependencyInjection.ActivatorUtilities",
    ];

    /// <summary>
    /// No type asks which database it runs on (DatabaseProvider, IsSqlite, IsNpgsql, ProviderName): the implementation
    /// for the tenant's provider is chosen once, by the dialect seam, so the checked types contain no such branch.
    /// </summary>
    public static ArchitectureRuleResult ProviderChecksStayInTheDialectSeam(PredicateList types)
    {
        var checkedCount = types.GetTypes().Count();
        var result = types.Should().MeetCustomRule(new AsksNoProvider()).GetResult();
        // A lambda or an async state machine is a nested type: the type that wrote the check is named.
        return new ArchitectureRuleResult(checkedCount, result.IsSuccessful ? [] : [.. result.FailingTypeNames
            .Select(name => name.Split('/', '+')[0]).Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>Use cases get explicit ports: no IServiceProvider, no scope factory, no resolving services themselves.</summary>
    public static ArchitectureRuleResult ApplicationUsesNoServiceLocator(PredicateList applicationTypes) =>
        NoDependencyOn(applicationTypes, ServiceLocatorTypes);

    /// <summary>Every Mediator handler is sealed and its name ends with "Handler".</summary>
    public static ArchitectureRuleResult HandlersAreSealedAndNamedHandler(IEnumerable<Type> types)
    {
        var handlers = Handlers(types).ToList();
        return Result(
            handlers.Count, handlers.Where(h => !h.Type.IsSealed || !h.Type.Name.EndsWith("Handler", StringComparison.Ordinal)).Select(h => h.Type));
    }

    /// <summary>Every Mediator handler lives in the namespace of the message it handles (one use case per folder).</summary>
    public static ArchitectureRuleResult HandlersLiveBesideTheirMessages(IEnumerable<Type> types)
    {
        var handlers = Handlers(types).ToList();
        return Result(handlers.Count, handlers
            .Where(h => h.Messages.Any(m => !m.IsGenericParameter && !string.Equals(m.Namespace, h.Type.Namespace, StringComparison.Ordinal)))
            .Select(h => h.Type));
    }

    /// <summary>Every FluentValidation validator is sealed and its name ends with "Validator".</summary>
    public static ArchitectureRuleResult ValidatorsAreSealedAndNamedValidator(IEnumerable<Type> types)
    {
        var validators = types.Where(t => t.IsClass && !t.IsAbstract && DerivesFromGeneric(t, typeof(AbstractValidator<>))).ToList();
        return Result(validators.Count, validators.Where(v => !v.IsSealed || !v.Name.EndsWith("Validator", StringComparison.Ordinal)));
    }

    /// <summary>Domain entities change state only through methods: no public set or init accessor on any property.</summary>
    public static ArchitectureRuleResult EntitiesHaveNoPublicSetters(IEnumerable<Type> types)
    {
        var entities = types.Where(t => t.IsClass && DerivesFromGeneric(t, typeof(Entity<>))).ToList();
        return Result(entities.Count, entities.Where(e => e
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Any(p => p.SetMethod is { IsPublic: true })));
    }

    private static ArchitectureRuleResult NoDependencyOn(PredicateList types, IEnumerable<string> forbidden)
    {
        var checkedCount = types.GetTypes().Count();
        var result = types.Should().NotHaveDependencyOnAny([.. forbidden]).GetResult();
        return new ArchitectureRuleResult(checkedCount, result.IsSuccessful ? [] : [.. result.FailingTypeNames]);
    }

    /// <summary>Every command declares how the unit of work runs it (<c>[Transaction(TransactionPolicy.…)]</c>); none is implied.</summary>
    public static ArchitectureRuleResult CommandsDeclareATransactionPolicy(IEnumerable<Type> types)
    {
        var commands = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBaseCommand).IsAssignableFrom(t)).ToList();
        return Result(commands.Count, commands.Where(c => TransactionAttribute.Of(c) is null));
    }

    /// <summary>
    /// A command run inside the unit of work's transaction must not reach an external provider (through its handler's
    /// constructor dependencies, followed through concrete classes and generic arguments such as <c>IEnumerable&lt;T&gt;</c>
    /// or <c>Lazy&lt;T&gt;</c>): a pooled connection would wait in a transaction on the HTTP call. Such a command declares
    /// <c>HandlerCommits</c> or <c>Coordinates</c>; <c>ClaimAcrossProviderCalls</c> declares holding the transaction on purpose.
    /// </summary>
    public static ArchitectureRuleResult ProviderCallsStayOutsideTheUnitOfWork(IEnumerable<Type> types, IReadOnlyCollection<Type> providers)
    {
        var wrapped = Handlers(types)
            .Where(h => h.Messages.Any(m => typeof(IBaseCommand).IsAssignableFrom(m)
                && TransactionAttribute.WrapsInTransaction(m) && TransactionAttribute.Of(m) is not TransactionPolicy.ClaimAcrossProviderCalls))
            .ToList();
        return Result(wrapped.Count, wrapped.Where(h => Reaches(h.Type, providers, [])).Select(h => h.Type));
    }

    /// <summary>
    /// A persistence adapter is named after the one port it implements (<c>OrderRepository : IOrderRepository</c>), and
    /// a read adapter and its port end with "Queries" (<c>OrderQueries : IOrderQueries</c>), so a port's implementation is
    /// found by its name. Static helpers beside them are not adapters.
    /// </summary>
    public static ArchitectureRuleResult AdaptersAreNamedAfterTheirPorts(IEnumerable<Type> repositories, IEnumerable<Type> queries)
    {
        static bool IsAdapter(Type t) => t is { IsClass: true, IsAbstract: false, IsNested: false } && !t.Name.Contains('<', StringComparison.Ordinal);
        static bool ImplementsItsPort(Type t) => t.GetInterfaces().Any(i => i.Name == "I" + t.Name);

        var repositoryAdapters = repositories.Where(IsAdapter).ToList();
        var queryAdapters = queries.Where(IsAdapter).ToList();
        var failing = repositoryAdapters.Where(t => !ImplementsItsPort(t))
            .Concat(queryAdapters.Where(t => !ImplementsItsPort(t) || !t.Name.EndsWith("Queries", StringComparison.Ordinal)));
        return Result(repositoryAdapters.Count + queryAdapters.Count, failing);
    }

    private static bool Reaches(Type type, IReadOnlyCollection<Type> targets, HashSet<Type> seen)
    {
        if (targets.Contains(type) || (type.IsGenericType && type.GetGenericArguments().Any(argument => Reaches(argument, targets, seen))))
        {
            return true;
        }

        if (!type.IsClass || !seen.Add(type))
        {
            return false;
        }

        return type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => Reaches(p.ParameterType, targets, seen));
    }

    private static IEnumerable<(Type Type, IReadOnlyList<Type> Messages)> Handlers(IEnumerable<Type> types) =>
        types
            .Where(t => t.IsClass && !t.IsAbstract)
            .Select(t => (Type: t, Messages: (IReadOnlyList<Type>)[.. t.GetInterfaces()
                .Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()))
                .Select(i => i.GetGenericArguments()[0])]))
            .Where(h => h.Messages.Count > 0);

    private static bool DerivesFromGeneric(Type type, Type openGeneric)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return true;
            }
        }

        return false;
    }

    private static ArchitectureRuleResult Result(int checkedCount, IEnumerable<Type> failing) =>
        new(checkedCount, [.. failing.Select(t => t.FullName ?? t.Name).Distinct().Order(StringComparer.Ordinal)]);

    private sealed class AsksNoProvider : ICustomRule
    {
        private readonly ChecksTheDatabaseProvider _checks = new();

        public bool MeetsRule(Mono.Cecil.TypeDefinition type) => !_checks.MeetsRule(type);
    }
}
