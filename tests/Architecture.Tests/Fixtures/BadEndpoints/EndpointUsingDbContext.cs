using CustomiseYou.WebApi.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadEndpoints;

/// <summary>Bad: an endpoint whose handler lambda queries EF Core instead of sending a query.</summary>
public sealed class EndpointUsingDbContext : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/things", (DbContext db, CancellationToken ct) => db.Database.CanConnectAsync(ct));
}
