using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomiseYou.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Notifies every API node (RevocationListener) when a session is revoked or deleted, or a user's roles or erasure
    /// change, whoever writes the row. PostgreSQL delivers a NOTIFY only when its transaction commits (ADR 0017).
    /// </summary>
    public partial class AccessRevocationNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_access_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('access_revoked', (CASE TG_TABLE_NAME WHEN 'sessions' THEN 's:' ELSE 'u:' END) || OLD.id::text);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER sessions_access_revoked AFTER UPDATE ON sessions FOR EACH ROW
                    WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at) EXECUTE FUNCTION notify_access_revoked();
                CREATE TRIGGER sessions_access_deleted AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION notify_access_revoked();
                CREATE TRIGGER users_access_changed AFTER UPDATE ON users FOR EACH ROW
                    WHEN (OLD.roles IS DISTINCT FROM NEW.roles OR OLD.erased_at IS DISTINCT FROM NEW.erased_at)
                    EXECUTE FUNCTION notify_access_revoked();
                CREATE TRIGGER users_access_deleted AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION notify_access_revoked();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER users_access_deleted ON users;
                DROP TRIGGER users_access_changed ON users;
                DROP TRIGGER sessions_access_deleted ON sessions;
                DROP TRIGGER sessions_access_revoked ON sessions;
                DROP FUNCTION notify_access_revoked();
                """);
        }
    }
}
