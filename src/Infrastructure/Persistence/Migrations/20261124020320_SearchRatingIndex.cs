using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomiseYou.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchRatingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rating sort walked the whole table (docs/benchmarks.md); an index in its order lets it stop early.
            migrationBuilder.Sql("CREATE INDEX ix_products_published_rating ON products (rating_average DESC, id DESC) WHERE status = 'Published';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_products_published_rating;");
        }
    }
}
