using CustomiseYou.Domain.Catalog;
using CustomiseYou.WebApi.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadEndpoints;

/// <summary>Bad: an endpoint that loads aggregates from a Domain repository itself.</summary>
public sealed class EndpointUsingRepository : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/things/{id:guid}", (Guid id, ICategoryRepository categories, CancellationToken ct) =>
            categories.GetByIdAsync(id, ct));
}
