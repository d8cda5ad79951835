using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomiseYou.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProductSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Product search lives outside the EF model: only raw SQL (PostgresProductSearch) reads these.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            // array_to_string is only STABLE; generated columns need an IMMUTABLE expression.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION customiseyou_tags_text(tags text[]) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string(tags, ' '), '') $$;
                """);
            // The text-search configuration per row; its default is set to the tenant's SearchLanguage by the migrator.
            migrationBuilder.Sql("ALTER TABLE products ADD COLUMN search_config regconfig NOT NULL DEFAULT 'english';");
            migrationBuilder.Sql("""
                ALTER TABLE products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector(search_config, coalesce(title, '')), 'A') ||
                    setweight(to_tsvector(search_config, customiseyou_tags_text(tags)), 'B') ||
                    setweight(to_tsvector(search_config, coalesce(description, '')), 'C')) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_products_search_vector ON products USING gin (search_vector) WHERE status = 'Published';");
            migrationBuilder.Sql("CREATE INDEX ix_products_title_trgm ON products USING gin (title gin_trgm_ops) WHERE status = 'Published';");
            migrationBuilder.Sql("CREATE INDEX ix_products_published_price ON products (base_price_amount, id) WHERE status = 'Published';");
            migrationBuilder.Sql("CREATE INDEX ix_products_published_newest ON products (published_at DESC, id DESC) WHERE status = 'Published';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_products_published_newest;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_products_published_price;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_products_title_trgm;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_products_search_vector;");
            migrationBuilder.Sql("ALTER TABLE products DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.Sql("ALTER TABLE products DROP COLUMN IF EXISTS search_config;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS customiseyou_tags_text(text[]);");
        }
    }
}
