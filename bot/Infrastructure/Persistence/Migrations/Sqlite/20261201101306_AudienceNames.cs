using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CadoxtonPolicyBot.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AudienceNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AudienceName",
                table: "ack_rounds",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ack_teams",
                columns: table => new
                {
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ack_teams", x => x.TeamId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ack_teams");

            migrationBuilder.DropColumn(
                name: "AudienceName",
                table: "ack_rounds");
        }
    }
}
