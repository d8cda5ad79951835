using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomiseYou.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// API keys (ADR 0026), and a notification to every node (RevocationListener) when one is revoked, rotated or
    /// deleted, so its cached entry is dropped at commit like a revoked session's (ADR 0017).
    /// </summary>
    public partial class ApiKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    public_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    owner_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    seller_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scopes = table.Column<string[]>(type: "text[]", nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    previous_secret_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    previous_secret_valid_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rate_limit_per_minute = table.Column<int>(type: "integer", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rotated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    row_version = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_created_at",
                table: "api_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_owner_user_id",
                table: "api_keys",
                column: "owner_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_public_id",
                table: "api_keys",
                column: "public_id",
                unique: true);

            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION notify_access_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- IF, not CASE: a CASE expression is planned whole, and sessions and users have no public_id.
                    IF TG_TABLE_NAME = 'api_keys' THEN
                        PERFORM pg_notify('access_revoked', 'k:' || OLD.public_id);
                    ELSE
                        PERFORM pg_notify('access_revoked', (CASE TG_TABLE_NAME WHEN 'sessions' THEN 's:' ELSE 'u:' END) || OLD.id::text);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER api_keys_access_changed AFTER UPDATE ON api_keys FOR EACH ROW
                    WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.secret_hash IS DISTINCT FROM NEW.secret_hash
                        OR OLD.previous_secret_valid_until IS DISTINCT FROM NEW.previous_secret_valid_until)
                    EXECUTE FUNCTION notify_access_revoked();
                CREATE TRIGGER api_keys_access_deleted AFTER DELETE ON api_keys FOR EACH ROW EXECUTE FUNCTION notify_access_revoked();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER api_keys_access_deleted ON api_keys;
                DROP TRIGGER api_keys_access_changed ON api_keys;
                CREATE OR REPLACE FUNCTION notify_access_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('access_revoked', (CASE TG_TABLE_NAME WHEN 'sessions' THEN 's:' ELSE 'u:' END) || OLD.id::text);
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.DropTable(
                name: "api_keys");
        }
    }
}
