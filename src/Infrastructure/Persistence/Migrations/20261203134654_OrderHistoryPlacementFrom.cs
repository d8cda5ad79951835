using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomiseYou.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrderHistoryPlacementFrom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "from",
                table: "order_status_history",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            // Placements were recorded as PendingPayment → PendingPayment; they have no status before them.
            migrationBuilder.Sql("UPDATE order_status_history SET \"from\" = NULL WHERE \"from\" = 'PendingPayment' AND \"to\" = 'PendingPayment';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE order_status_history SET \"from\" = \"to\" WHERE \"from\" IS NULL;");
            migrationBuilder.AlterColumn<string>(
                name: "from",
                table: "order_status_history",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);
        }
    }
}
