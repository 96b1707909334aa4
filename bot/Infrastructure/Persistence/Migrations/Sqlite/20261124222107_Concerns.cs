using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CadoxtonPolicyBot.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Concerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "concern_audit",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConcernReference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concern_audit", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "concern_evidence_sessions",
                columns: table => new
                {
                    ReporterAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concern_evidence_sessions", x => x.ReporterAadObjectId);
                });

            migrationBuilder.CreateTable(
                name: "concern_form_tokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReporterAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concern_form_tokens", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "concern_sequences",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    counter_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concern_sequences", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReporterAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectLookup = table.Column<string>(type: "TEXT", maxLength: 96, nullable: true),
                    Details = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "concern_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concern_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_concern_evidence_concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "concern_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concern_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_concern_notes_concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_concern_audit_ConcernReference",
                table: "concern_audit",
                column: "ConcernReference");

            migrationBuilder.CreateIndex(
                name: "IX_concern_evidence_ConcernId",
                table: "concern_evidence",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_concern_notes_ConcernId",
                table: "concern_notes",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_concerns_Reference",
                table: "concerns",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_concerns_ReporterAadObjectId",
                table: "concerns",
                column: "ReporterAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_concerns_Status_ClosedAt",
                table: "concerns",
                columns: new[] { "Status", "ClosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "concern_audit");

            migrationBuilder.DropTable(
                name: "concern_evidence");

            migrationBuilder.DropTable(
                name: "concern_evidence_sessions");

            migrationBuilder.DropTable(
                name: "concern_form_tokens");

            migrationBuilder.DropTable(
                name: "concern_notes");

            migrationBuilder.DropTable(
                name: "concern_sequences");

            migrationBuilder.DropTable(
                name: "concerns");
        }
    }
}
