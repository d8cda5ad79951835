namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>One feature's routes under <c>/api/v1</c>; implementations are discovered at start-up.</summary>
public interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder api);
}

internal static class EndpointGroupDiscovery
{
    /// <summary>Maps every <see cref="IEndpointGroup"/> in this assembly onto the tenant-scoped <c>/api/v1</c> group.</summary>
    public static void MapEndpointGroups(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithMetadata(TenantScoped.Instance).RequireCors(RegionalCors.PolicyName);
        var groups = typeof(IEndpointGroup).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(IEndpointGroup)))
            .Select(t => (IEndpointGroup)Activator.CreateInstance(t)!);
        foreach (var group in groups)
        {
            group.Map(api);
        }
    }
}

/// <summary>Endpoint metadata: the request must resolve to exactly one tenant before the handler runs.</summary>
public sealed class TenantScoped
{
    public static readonly TenantScoped Instance = new();

    private TenantScoped()
    {
    }
}
