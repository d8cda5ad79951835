using CustomiseYou.ApiClient;
using CustomiseYou.ApiClient.Models;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.CSharpClient;

/// <summary>
/// The generated C# client (src/ApiClient) over the shared test host, the way the dashboard and the storefront use it:
/// one client per caller, the region and the credential on every request. Nothing here reads JSON itself.
/// </summary>
public static class ClientKit
{
    public static CustomiseYouApiClient Anonymous(ApiFactory api, string region) =>
        CustomiseYouApi.Create(api.ClientFor(null), ApiCredentials.Anonymous(region));

    public static CustomiseYouApiClient SignedIn(ApiFactory api, string region, string accessToken) =>
        CustomiseYouApi.Create(api.ClientFor(null), ApiCredentials.Bearer(region, accessToken));

    /// <summary>A user created directly with <paramref name="roles"/>, as the other test classes do; its client and id.</summary>
    public static async Task<(CustomiseYouApiClient Client, Guid UserId)> UserAsync(ApiFactory api, string region, params string[] roles)
    {
        var (userId, token) = await api.CreateUserAsync(region, roles);
        return (SignedIn(api, region, token), userId);
    }

    public static MoneyDto Money(decimal amount, string currency) => new() { Amount = amount, Currency = currency };

    /// <summary>Runs one scheduled job now through the admin routes and waits until it has finished.</summary>
    public static async Task<JobRunDto> RunJobAsync(CustomiseYouApiClient admin, string job)
    {
        var accepted = await admin.Api.V1.Admin.Jobs[job].Run.PostAsync();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (true)
        {
            var run = await admin.Api.V1.Admin.Jobs.Runs[accepted!.RunId!.Value].GetAsync();
            if (run!.Status is JobRunStatus.Succeeded or JobRunStatus.Failed)
            {
                return run;
            }

            DateTimeOffset.UtcNow.ShouldBeLessThan(deadline, $"the {job} run is still {run.Status}");
            await Task.Delay(50);
        }
    }

    /// <summary>The problem an operation answered with: the generated client throws it as <see cref="ProblemDetails"/>.</summary>
    public static async Task<ProblemDetails> ProblemAsync(Func<Task> call) => await Should.ThrowAsync<ProblemDetails>(call);
}
