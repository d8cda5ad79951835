using System.Net;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Races that once slipped through: parallel refreshes and parallel code guesses.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConcurrentRequestTests(ApiFactory api)
{
    private readonly IdentityKit _kit = new(api);

    [Fact]
    public async Task Parallel_refreshes_with_one_token_rotate_it_once()
    {
        var account = await _kit.SignUpAsync("europe");

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => IdentityKit.PostRefreshAsync(api.ClientFor("europe"), account.Tokens.RefreshToken)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.ShouldAllBe(r =>
            r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict || r.StatusCode == HttpStatusCode.Unauthorized);
        (await TestDatabases.ScalarAsync<long>("europe",
            "SELECT count(*) FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE s.user_id = @u AND t.rotated_at IS NULL",
            ("u", account.UserId))).ShouldBe(1);
    }

    [Fact]
    public async Task Parallel_wrong_codes_all_count_towards_the_lock()
    {
        var email = IdentityKit.NewEmail("racer");
        var client = api.ClientFor("south-asia");
        await IdentityKit.RegisterAsync(client, email);
        var code = (await _kit.LatestEmailAsync("south-asia", email)).Code;

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            IdentityKit.PostVerifyEmailAsync(api.ClientFor("south-asia"), email, IdentityKit.WrongCode(code))));

        // Each guess either counted (400, or 429 once locked) or lost a race and was refused (409); none went uncounted.
        var counted = responses.Count(r => r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.TooManyRequests);
        responses.ShouldAllBe(r =>
            r.StatusCode == HttpStatusCode.BadRequest || r.StatusCode == HttpStatusCode.TooManyRequests || r.StatusCode == HttpStatusCode.Conflict);
        var attempts = await TestDatabases.ScalarAsync<int>("south-asia",
            "SELECT failed_attempts FROM one_time_codes WHERE target_index = @t ORDER BY created_at DESC LIMIT 1",
            ("t", TestFieldKeys.BlindIndex("south-asia", email)));
        attempts.ShouldBe(Math.Min(counted, 5));
    }
}
