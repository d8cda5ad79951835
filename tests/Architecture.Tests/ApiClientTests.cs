using System.Xml.Linq;
using CustomiseYou.Architecture.Tests.Fixtures;
using CustomiseYou.Architecture.Tests.Fixtures.BadApiClient;
using CustomiseYou.Architecture.Tests.Rules;

namespace CustomiseYou.Architecture.Tests;

/// <summary>
/// src/ApiClient is what the dashboard and the storefront build on: it knows the API through the OpenAPI document only,
/// never through the API's own projects (ARCHITECTURE.md: "through a generated C# client only").
/// </summary>
public sealed class ApiClientTests
{
    [Fact]
    public void ApiClient_uses_no_type_of_the_apis_layers()
    {
        var result = ArchitectureRules.ApiClientKnowsOnlyTheContract(ProductionAssemblies.AllTypesOf(ProductionAssemblies.ApiClient));

        result.CheckedTypeCount.ShouldBeGreaterThan(100);
        result.FailingTypeNames.ShouldBeEmpty();
    }

    [Fact]
    public void ApiClient_references_no_project_and_no_assembly_of_the_api()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "ApiClient", "CustomiseYou.ApiClient.csproj"));
        var projectReferences = project.Descendants("ProjectReference").Select(r => r.Attribute("Include")?.Value).ToList();
        var assemblies = ProductionAssemblies.ApiClient.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        projectReferences.ShouldBeEmpty();
        assemblies.ShouldContain("Microsoft.Kiota.Abstractions");
        assemblies.Where(name => name.StartsWith("CustomiseYou.", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Rule_fails_on_client_types_that_borrow_the_apis_types()
    {
        var result = ArchitectureRules.ApiClientKnowsOnlyTheContract(FixtureTypes.InNamespace(typeof(CleanApiClientType).Namespace!));

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldBe(
            [typeof(ApiClientTypeUsingApplication).FullName!, typeof(ApiClientTypeUsingDomain).FullName!], ignoreOrder: true);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomiseYou.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CustomiseYou.sln above {AppContext.BaseDirectory}.");
    }
}
