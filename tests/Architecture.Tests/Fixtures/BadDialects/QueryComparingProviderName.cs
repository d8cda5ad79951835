using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDialects;

/// <summary>Bad: the same branch spelled with the provider's name.</summary>
public static class QueryComparingProviderName
{
    public static bool InMemory(DbContext db) => db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
}
