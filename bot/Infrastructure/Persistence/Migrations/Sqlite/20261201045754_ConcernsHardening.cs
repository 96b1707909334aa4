using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CadoxtonPolicyBot.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConcernsHardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedHandlerAadObjectId",
                table: "concerns",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EscalateAt",
                table: "concerns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OpenedAt",
                table: "concerns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OrderedRouting",
                table: "concerns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "AuthorName",
                table: "concern_notes",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "concern_evidence",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "concern_audit",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "concern_routes",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandlerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RoutedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Delivered = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concern_routes", x => new { x.ConcernId, x.HandlerAadObjectId });
                    table.ForeignKey(
                        name: "FK_concern_routes_concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_concerns_EscalateAt",
                table: "concerns",
                column: "EscalateAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "concern_routes");

            migrationBuilder.DropIndex(
                name: "IX_concerns_EscalateAt",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "AssignedHandlerAadObjectId",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "EscalateAt",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "OpenedAt",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "OrderedRouting",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "AuthorName",
                table: "concern_notes");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "concern_evidence");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "concern_audit");
        }
    }
}
