using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CadoxtonPolicyBot.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PolicyAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_feedback_counts",
                columns: table => new
                {
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Helpful = table.Column<long>(type: "INTEGER", nullable: false),
                    NotHelpful = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_feedback_counts", x => x.Verdict);
                });

            migrationBuilder.CreateTable(
                name: "policy_follow_ups",
                columns: table => new
                {
                    UserAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_follow_ups", x => new { x.UserAadObjectId, x.ConversationId });
                });

            migrationBuilder.CreateTable(
                name: "policy_passed_on_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AskerTeamsId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProtectedQuestion = table.Column<string>(type: "TEXT", nullable: true),
                    ProtectedAskerName = table.Column<string>(type: "TEXT", nullable: true),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredByAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_passed_on_questions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_policy_follow_ups_ExpiresAt",
                table: "policy_follow_ups",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_policy_passed_on_questions_AnsweredAt",
                table: "policy_passed_on_questions",
                column: "AnsweredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "policy_feedback_counts");

            migrationBuilder.DropTable(
                name: "policy_follow_ups");

            migrationBuilder.DropTable(
                name: "policy_passed_on_questions");
        }
    }
}
