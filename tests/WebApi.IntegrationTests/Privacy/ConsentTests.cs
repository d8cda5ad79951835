using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Sellers;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

[Collection(ApiCollection.Name)]
public sealed class ConsentTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task Consents_start_withdrawn_and_every_change_is_kept_with_time_source_user_agent_and_policy_version()
    {
        var person = await api.NewOwnerAsync(Tenant);
        person.Client.DefaultRequestHeaders.UserAgent.ParseAdd("ConsentTest/1.0");

        var initial = await (await person.Client.GetAsync("/api/v1/me/consents")).ReadAsync<ConsentsDto>(HttpStatusCode.OK);
        (initial.Marketing, initial.Analytics, initial.UpdatedAt, initial.PolicyVersion).ShouldBe((false, false, (DateTimeOffset?)null, "2026-11"));
        initial.History.ShouldBeEmpty();

        var all = await (await person.Client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = true }))
            .ReadAsync<ConsentsDto>(HttpStatusCode.OK);
        all.MarketingChannels.ShouldBe(new MarketingChannelsDto(true, true, true));
        var mixed = await (await person.Client.PutAsJsonAsync("/api/v1/me/consents", new { marketingChannels = new { sms = false }, analytics = true }))
            .ReadAsync<ConsentsDto>(HttpStatusCode.OK);
        (await person.Client.PutAsJsonAsync("/api/v1/me/consents", new { analytics = true })).StatusCode.ShouldBe(HttpStatusCode.OK);

        mixed.MarketingChannels.ShouldBe(new MarketingChannelsDto(true, false, true));
        mixed.Marketing.ShouldBeTrue();
        mixed.Analytics.ShouldBeTrue();
        var stored = await (await person.Client.GetAsync("/api/v1/me/consents")).ReadAsync<ConsentsDto>(HttpStatusCode.OK);
        stored.History.Count.ShouldBe(5, "three channels, then SMS withdrawn and analytics given; repeating an answer records nothing");
        stored.History[0].Purpose.ShouldBeOneOf(ConsentPurpose.MarketingSms, ConsentPurpose.Analytics);
        stored.History.ShouldAllBe(h => h.Source == "api" && h.PolicyVersion == "2026-11" && h.UserAgent == "ConsentTest/1.0");
        (await ConsentAsync(Tenant, person.UserId, ConsentPurpose.MarketingEmail)).ShouldBeTrue();
        (await ConsentAsync(Tenant, person.UserId, ConsentPurpose.MarketingSms)).ShouldBeFalse();
        (await ConsentAsync("south-asia", person.UserId, ConsentPurpose.MarketingEmail)).ShouldBeFalse("another region has its own records");
    }

    [Fact]
    public async Task An_update_must_answer_something()
    {
        var person = await api.NewOwnerAsync(Tenant);

        (await Problem.ReadAsync(await person.Client.PutAsJsonAsync("/api/v1/me/consents", new { }), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["body"]);
        (await api.ClientFor(Tenant).GetAsync("/api/v1/me/consents")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>What a marketing sender (notifications) asks before sending.</summary>
    private async Task<bool> ConsentAsync(string tenant, Guid userId, ConsentPurpose purpose)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(tenant)!);
        return await services.GetRequiredService<IConsentQueries>().IsGrantedAsync(userId, purpose, CancellationToken.None);
    }
}
