using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Persistence;

[Collection(ApiCollection.Name)]
public sealed class SessionLimitTests(ApiFactory api)
{
    [Theory]
    [InlineData("europe")]
    [InlineData("south-asia")]
    public async Task The_applications_connections_end_idle_transactions_and_runaway_statements(string tenant)
    {
        await using var scope = api.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>()
            .Change(scope.ServiceProvider.GetRequiredService<ITenantStore>().Find(tenant)!);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var settings = await db.Database.SqlQueryRaw<string>(
                "SELECT current_setting('idle_in_transaction_session_timeout') || ' ' || current_setting('statement_timeout') AS \"Value\"")
            .SingleAsync();

        settings.ShouldBe("15s 30s");
    }
}
