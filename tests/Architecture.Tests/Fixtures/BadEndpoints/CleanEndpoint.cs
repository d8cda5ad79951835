using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Categories.GetCategoryTree;
using CustomiseYou.WebApi.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadEndpoints;

/// <summary>Good: only sends a query; the rule must not flag it.</summary>
public sealed class CleanEndpoint : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/tree", (ISender sender, CancellationToken ct) => sender.Send(new GetCategoryTreeQuery(), ct));
}
