namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL triggers that make the privacy audit log append-only below the application too: any UPDATE, DELETE or
/// TRUNCATE fails. Applied by the Privacy migration; a regenerated migration must keep calling these.
/// </summary>
public static class PrivacyAuditLogSql
{
    public const string Table = "privacy_audit_log";

    public const string Create = $"""
        CREATE OR REPLACE FUNCTION {Table}_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Table} is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER {Table}_no_update_delete BEFORE UPDATE OR DELETE ON {Table} FOR EACH ROW EXECUTE FUNCTION {Table}_refuse_change();
        CREATE TRIGGER {Table}_no_truncate BEFORE TRUNCATE ON {Table} FOR EACH STATEMENT EXECUTE FUNCTION {Table}_refuse_change();
        """;

    public const string Drop = $"""
        DROP TRIGGER IF EXISTS {Table}_no_truncate ON {Table};
        DROP TRIGGER IF EXISTS {Table}_no_update_delete ON {Table};
        DROP FUNCTION IF EXISTS {Table}_refuse_change();
        """;
}
