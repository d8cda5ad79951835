using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomiseYou.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Finding a region's admins (a failed payout tells every one of them) read the whole users table: roles are a
    /// text[] and had no index. A GIN index answers <c>roles @&gt; ARRAY['admin']</c> from the few matching rows.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261124090000_UsersRolesIndex")]
    public partial class UsersRolesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("CREATE INDEX ix_users_roles ON users USING gin (roles);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP INDEX ix_users_roles;");
    }
}
