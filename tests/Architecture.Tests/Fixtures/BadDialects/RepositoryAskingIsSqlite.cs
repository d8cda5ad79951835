using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDialects;

/// <summary>Bad: a repository that branches on the EF Core provider instead of using the dialect seam.</summary>
public static class RepositoryAskingIsSqlite
{
    public static int Limit(DbContext db) => db.Database.IsSqlite() ? int.MaxValue : 50;
}
