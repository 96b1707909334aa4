using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CadoxtonPolicyBot.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalateAt",
                table: "concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OpenedAt",
                table: "concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OrderedRouting",
                table: "concerns",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "AuthorName",
                table: "concern_notes",
                type: "bytea",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ContentType",
                table: "concern_evidence",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "concern_evidence",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "concern_audit",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "concern_routes",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    HandlerAadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RoutedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Delivered = table.Column<bool>(type: "boolean", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "ContentType",
                table: "concern_evidence",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128);
        }
    }
}
